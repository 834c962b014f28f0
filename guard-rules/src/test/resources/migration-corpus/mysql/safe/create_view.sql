CREATE OR REPLACE VIEW v_open_orders AS SELECT id, customer_id FROM orders WHERE status = 'open';
