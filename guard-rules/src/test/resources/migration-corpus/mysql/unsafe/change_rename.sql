ALTER TABLE users CHANGE email email_address VARCHAR(255) NOT NULL;
