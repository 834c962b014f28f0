INSERT INTO customers (id, email) VALUES (1, 'ada@example.com'), (2, 'grace@example.com');
INSERT INTO orders (id, user_id, status, total) VALUES
  (100, 1, 'new', 25.00),
  (101, 1, 'paid', 12.50),
  (102, 2, 'new', 99.90);
