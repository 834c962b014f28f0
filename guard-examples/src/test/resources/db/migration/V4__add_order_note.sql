-- A nullable column without a default: PostgreSQL only changes the catalog, no
-- table rewrite and only a brief lock.
ALTER TABLE orders ADD COLUMN note text;
