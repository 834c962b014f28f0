-- DROP TABLE legacy_orders;  -- not yet, see OPS-112
/* TRUNCATE staging_events; */
ALTER TABLE orders ADD COLUMN tracking_number text;
