DROP INDEX idx_orders_legacy ON orders;
