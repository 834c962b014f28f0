CREATE TABLE order_notes (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id BIGINT NOT NULL,
  body TEXT
);
ALTER TABLE order_notes ADD CONSTRAINT fk_notes_order FOREIGN KEY (order_id) REFERENCES orders (id);
ALTER TABLE order_notes ADD INDEX idx_notes_created (id);
