-- the CHECK was added NOT VALID by the previous migration
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_owner_id_nn;
ALTER TABLE accounts ALTER COLUMN owner_id SET NOT NULL;
ALTER TABLE accounts DROP CONSTRAINT accounts_owner_id_nn;
