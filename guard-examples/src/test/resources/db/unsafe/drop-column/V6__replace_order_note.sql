-- UNSAFE: the column (and the note in order 101) would be gone for good, and the
-- application still reads it. The guard refuses the DROP COLUMN, Flyway rolls the
-- migration back, so the ADD COLUMN before it does not stay either.
ALTER TABLE orders ADD COLUMN remark text;

ALTER TABLE orders DROP COLUMN note;
