DROP INDEX IF EXISTS idx_orders_tmp ON orders;
