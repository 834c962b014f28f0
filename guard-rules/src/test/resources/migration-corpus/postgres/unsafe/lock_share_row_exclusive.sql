BEGIN;
LOCK TABLE orders IN SHARE ROW EXCLUSIVE MODE;
UPDATE orders SET status = 'archived' WHERE created_at < '2020-01-01';
COMMIT;
