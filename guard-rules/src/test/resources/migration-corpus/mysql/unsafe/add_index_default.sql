ALTER TABLE orders ADD INDEX idx_orders_customer (customer_id);
