CREATE INDEX measurements_ts_idx ON ONLY measurements (ts);
