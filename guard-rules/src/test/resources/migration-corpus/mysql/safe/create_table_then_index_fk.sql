CREATE TABLE shipments (
  id BIGINT NOT NULL AUTO_INCREMENT,
  order_id BIGINT NOT NULL,
  carrier VARCHAR(40) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_shipments_order FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE=InnoDB;
ALTER TABLE shipments ADD INDEX idx_shipments_carrier (carrier), ADD COLUMN shipped_at DATETIME NULL AFTER carrier;
