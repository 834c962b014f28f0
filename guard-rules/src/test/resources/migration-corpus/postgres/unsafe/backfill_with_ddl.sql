ALTER TABLE users ADD COLUMN is_active boolean;
UPDATE users SET is_active = true WHERE is_active IS NULL;
