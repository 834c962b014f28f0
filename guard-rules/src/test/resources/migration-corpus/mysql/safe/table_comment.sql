ALTER TABLE orders COMMENT = 'Customer orders, one row per checkout';
