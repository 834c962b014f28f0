-- Orders point at customers. The foreign key is declared with the new table, so it
-- has no existing rows to validate.
--
-- An index on this new table could go here, even in a later migration of the same
-- run: the guard remembers that the table is new until something writes rows into it.
-- Once V3 has loaded data, an index on orders needs CREATE INDEX CONCURRENTLY.
CREATE TABLE orders (
  id         bigint PRIMARY KEY,
  user_id    bigint REFERENCES customers (id),
  status     text NOT NULL DEFAULT 'new',
  total      numeric(10, 2) NOT NULL,
  created_at timestamp NOT NULL DEFAULT now()
);
