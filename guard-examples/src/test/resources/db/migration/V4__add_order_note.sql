-- A nullable column without a default: PostgreSQL only changes the catalog, no
-- table rewrite and only a brief lock.
ALTER TABLE orders ADD COLUMN note text;

-- A keyed backfill of one row.
UPDATE orders SET note = 'gift wrap' WHERE id = 101;
