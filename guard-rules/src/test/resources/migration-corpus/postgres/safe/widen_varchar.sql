-- Allow longer e-mail addresses (RFC 5321 limit)
ALTER TABLE users ALTER COLUMN email TYPE varchar(320);
