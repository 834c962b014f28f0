-- The shop's customers, on MariaDB/MySQL. A new table locks nothing anyone waits for.
CREATE TABLE customers (
  id         BIGINT PRIMARY KEY,
  email      VARCHAR(255) NOT NULL UNIQUE,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB;
