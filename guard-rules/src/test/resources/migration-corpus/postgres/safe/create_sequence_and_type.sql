CREATE SEQUENCE IF NOT EXISTS invoice_number_seq START 1000;
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'cancelled';
