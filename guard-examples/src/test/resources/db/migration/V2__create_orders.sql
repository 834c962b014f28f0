-- Orders point at customers. The foreign key is declared with the new table, so it
-- has no existing rows to validate.
--
-- No CREATE INDEX here: a tool such as Flyway sends each statement on its own, so
-- the guard (which sees one JDBC call at a time) cannot know that the table is new,
-- and under the migration profile it treats an index on an existing table as a
-- lock hazard. Index a table in a later migration, with CREATE INDEX CONCURRENTLY.
CREATE TABLE orders (
  id         bigint PRIMARY KEY,
  user_id    bigint REFERENCES customers (id),
  status     text NOT NULL DEFAULT 'new',
  total      numeric(10, 2) NOT NULL,
  created_at timestamp NOT NULL DEFAULT now()
);
