ALTER TABLE orders ADD COLUMN priority smallint NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN channel text DEFAULT 'web';
