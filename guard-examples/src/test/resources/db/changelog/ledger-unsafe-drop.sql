--liquibase formatted sql

--changeset guard:7
ALTER TABLE ledger DROP COLUMN memo;
