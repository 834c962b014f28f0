ALTER TABLE orders RENAME INDEX idx_old TO idx_orders_customer;
