ALTER TABLE coupons ALTER COLUMN code TYPE varchar(16) USING left(code, 16);
