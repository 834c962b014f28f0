CREATE UNIQUE INDEX uk_users_username ON users (username) ALGORITHM=INPLACE LOCK=NONE;
