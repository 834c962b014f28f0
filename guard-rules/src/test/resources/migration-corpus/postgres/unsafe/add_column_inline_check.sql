ALTER TABLE orders ADD COLUMN discount numeric DEFAULT 0 CHECK (discount >= 0);
