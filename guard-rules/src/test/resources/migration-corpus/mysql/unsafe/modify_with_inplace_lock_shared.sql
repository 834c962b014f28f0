ALTER TABLE orders ADD INDEX idx_orders_total (total), LOCK=SHARED;
