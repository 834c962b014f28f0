--liquibase formatted sql

--changeset guard:1
CREATE TABLE ledger (
  id      BIGINT PRIMARY KEY,
  account VARCHAR(40) NOT NULL,
  amount  DECIMAL(12, 2) NOT NULL
);

--changeset guard:2
-- one change per changeset: the index on the table the previous changeset created (and nothing
-- has filled since) is no lock hazard
CREATE INDEX ledger_account_idx ON ledger (account);

--changeset guard:3
INSERT INTO ledger (id, account, amount) VALUES (1, 'cash', 100.00), (2, 'bank', 250.00);

--changeset guard:4
ALTER TABLE ledger ADD COLUMN memo VARCHAR(200);

--changeset guard:5
UPDATE ledger SET memo = 'opening balance' WHERE id = 1;
