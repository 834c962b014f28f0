--liquibase formatted sql

--changeset guard:6
-- UNSAFE: ledger has rows now (changeset 3 filled it), so a plain CREATE INDEX locks its writers
CREATE INDEX ledger_amount_idx ON ledger (amount);
