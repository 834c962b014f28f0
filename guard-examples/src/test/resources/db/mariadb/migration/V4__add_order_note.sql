-- MariaDB 10.4+ (and MySQL 8.0.29+) add a column INSTANTly, even AFTER another one; the driver
-- reads the server's version, and ALGORITHM=INSTANT makes the server refuse rather than rebuild.
ALTER TABLE orders ADD COLUMN note VARCHAR(200) NULL AFTER total, ALGORITHM=INSTANT;
