ALTER TABLE orders ADD COLUMN external_ref VARCHAR(64) NULL, ADD INDEX idx_orders_external_ref (external_ref);
