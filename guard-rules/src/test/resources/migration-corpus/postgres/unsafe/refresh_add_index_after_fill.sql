CREATE INDEX CONCURRENTLY orders_a ON orders (a);
CREATE INDEX orders_b ON orders (b);
