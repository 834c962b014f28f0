-- An online index build on a table in use, said explicitly: the server refuses instead of locking.
ALTER TABLE orders ADD INDEX idx_orders_status (status), ALGORITHM=INPLACE, LOCK=NONE;
