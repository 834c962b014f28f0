CREATE OR REPLACE FUNCTION purge_partition(p_name text) RETURNS void
LANGUAGE plpgsql AS $body$
BEGIN
  EXECUTE format('DROP TABLE IF EXISTS %I', p_name);
END;
$body$;
COMMENT ON FUNCTION purge_partition(text) IS 'Drops one expired partition; called by the retention job';
