CREATE INDEX idx_users_created ON users (created_at);
