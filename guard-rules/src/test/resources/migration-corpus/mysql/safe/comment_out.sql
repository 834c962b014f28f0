-- DROP TABLE old_orders;
# TRUNCATE TABLE tmp;
ALTER TABLE customers ADD COLUMN loyalty_points INT NOT NULL DEFAULT 0;
