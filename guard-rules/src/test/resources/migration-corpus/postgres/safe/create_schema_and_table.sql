CREATE SCHEMA IF NOT EXISTS billing;
CREATE TABLE billing.invoices (id bigserial PRIMARY KEY, customer_id bigint NOT NULL, total numeric(12,2) NOT NULL);
CREATE INDEX ON billing.invoices (customer_id);
GRANT USAGE ON SCHEMA billing TO app;
GRANT SELECT, INSERT, UPDATE ON billing.invoices TO app;
