-- The shop's customers. A new table: nobody reads or writes it yet, so creating it
-- locks nothing anyone waits for.
CREATE TABLE customers (
  id         bigint PRIMARY KEY,
  email      text NOT NULL UNIQUE,
  created_at timestamp NOT NULL DEFAULT now()
);
