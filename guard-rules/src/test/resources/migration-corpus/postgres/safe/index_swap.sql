CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_idx_new ON orders (created_at, id);
DROP INDEX CONCURRENTLY IF EXISTS orders_created_at_idx;
ALTER INDEX orders_created_at_idx_new RENAME TO orders_created_at_idx;
