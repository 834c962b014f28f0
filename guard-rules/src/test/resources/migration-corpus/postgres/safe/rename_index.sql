ALTER INDEX IF EXISTS idx_orders_user RENAME TO orders_user_id_idx;
