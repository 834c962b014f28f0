CREATE FUNCTION audit_row() RETURNS trigger AS $audit$
BEGIN
  INSERT INTO audit_log (table_name, row_id, changed_at) VALUES (TG_TABLE_NAME, NEW.id, now());
  DELETE FROM audit_log WHERE changed_at < now() - interval '90 days';
  RETURN NEW;
END
$audit$ LANGUAGE plpgsql;
CREATE TRIGGER customers_audit AFTER INSERT OR UPDATE ON customers FOR EACH ROW EXECUTE PROCEDURE audit_row();
