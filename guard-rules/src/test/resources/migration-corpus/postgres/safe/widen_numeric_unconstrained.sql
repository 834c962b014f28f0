ALTER TABLE ledger ALTER COLUMN balance TYPE numeric;
