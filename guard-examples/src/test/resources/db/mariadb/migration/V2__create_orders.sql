-- Orders point at customers; the foreign key comes with the new table, so nothing is copied.
CREATE TABLE orders (
  id         BIGINT PRIMARY KEY,
  user_id    BIGINT,
  status     VARCHAR(20) NOT NULL DEFAULT 'new',
  total      DECIMAL(10, 2) NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT fk_orders_customer FOREIGN KEY (user_id) REFERENCES customers (id)
) ENGINE=InnoDB;
