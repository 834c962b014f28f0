-- A data migration of its own, after the schema change (not in the same file:
-- the migration profile refuses a backfill next to DDL, which would hold the
-- DDL's locks for as long as the backfill runs). One row, by key.
UPDATE orders SET note = 'gift wrap' WHERE id = 101;
