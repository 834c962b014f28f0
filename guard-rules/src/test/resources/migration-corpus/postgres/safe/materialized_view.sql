CREATE MATERIALIZED VIEW daily_sales AS
SELECT date_trunc('day', created_at) AS day, sum(total) AS total FROM orders GROUP BY 1;
CREATE UNIQUE INDEX daily_sales_day_idx ON daily_sales (day);
