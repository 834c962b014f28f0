ALTER TABLE orders ALTER INDEX idx_orders_status INVISIBLE;
