ALTER TABLE payments ADD CONSTRAINT payments_method_not_null CHECK (method IS NOT NULL) NOT VALID;
