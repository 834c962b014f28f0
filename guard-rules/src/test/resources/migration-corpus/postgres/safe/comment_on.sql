COMMENT ON TABLE orders IS 'Customer orders';
COMMENT ON COLUMN orders.status IS 'pending, paid, shipped or cancelled';
