ALTER TABLE orders ALTER COLUMN status TYPE smallint USING status::smallint;
