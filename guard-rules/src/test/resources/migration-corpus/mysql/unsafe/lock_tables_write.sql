LOCK TABLES orders WRITE;
UPDATE orders SET status = 'x' WHERE id = 1;
UNLOCK TABLES;
