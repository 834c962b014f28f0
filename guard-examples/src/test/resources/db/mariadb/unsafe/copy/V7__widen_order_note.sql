-- UNSAFE on a live table: MODIFY redefines the column; a new type or length only supports
-- ALGORITHM=COPY, which blocks every write to orders for the whole copy.
ALTER TABLE orders MODIFY COLUMN note TEXT;
