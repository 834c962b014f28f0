ALTER TABLE line_items ADD COLUMN warehouse_id integer CONSTRAINT line_items_warehouse_fk REFERENCES warehouses (id) ON DELETE SET NULL;
