-- UNSAFE on a live table: CREATE INDEX without CONCURRENTLY blocks every write to
-- orders until the whole index is built. The migration profile refuses it.
CREATE INDEX orders_user_id_idx ON orders (user_id);
