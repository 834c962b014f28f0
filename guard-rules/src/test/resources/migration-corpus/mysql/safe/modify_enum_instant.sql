ALTER TABLE orders MODIFY COLUMN status ENUM('new','paid','shipped','refunded') NOT NULL, ALGORITHM=INSTANT;
