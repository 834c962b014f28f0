CREATE TABLE feature_flags (name VARCHAR(64) PRIMARY KEY, enabled BOOLEAN NOT NULL DEFAULT FALSE);
GRANT SELECT ON feature_flags TO 'app'@'%';
