ALTER TABLE orders RENAME TO purchase_orders;
