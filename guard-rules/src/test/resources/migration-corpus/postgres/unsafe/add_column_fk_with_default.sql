ALTER TABLE orders ADD COLUMN region_id int NOT NULL DEFAULT 1 REFERENCES regions (id);
