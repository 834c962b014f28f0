ALTER TABLE orders ALTER COLUMN id TYPE uuid USING gen_random_uuid();
