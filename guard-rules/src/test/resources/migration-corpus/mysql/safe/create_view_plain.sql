CREATE VIEW v_customer_totals AS SELECT customer_id, SUM(total) AS total FROM orders GROUP BY customer_id;
