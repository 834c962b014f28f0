ALTER TABLE orders ADD COLUMN created_at timestamp;
