CREATE TABLE audit_events (
    id bigserial PRIMARY KEY,
    actor text NOT NULL,
    action text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_events_created_at_idx ON audit_events (created_at);
GRANT SELECT, INSERT ON audit_events TO app_writer;
GRANT SELECT ON TABLE audit_events TO reporting;
GRANT USAGE, SELECT ON SEQUENCE audit_events_id_seq TO app_writer;
REVOKE ALL ON audit_events FROM PUBLIC;
