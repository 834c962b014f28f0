--liquibase formatted sql

--changeset shop:1
CREATE TABLE customer_note (
  id BIGSERIAL PRIMARY KEY,
  customer_id BIGINT NOT NULL,
  note TEXT NOT NULL
);

--changeset shop:2
INSERT INTO customer_note (customer_id, note) VALUES (1, 'first customer');
