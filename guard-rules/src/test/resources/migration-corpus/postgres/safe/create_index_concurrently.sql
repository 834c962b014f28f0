CREATE UNIQUE INDEX CONCURRENTLY users_lower_email_key ON users (lower(email));
