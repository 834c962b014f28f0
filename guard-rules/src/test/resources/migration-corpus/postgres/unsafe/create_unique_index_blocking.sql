CREATE UNIQUE INDEX IF NOT EXISTS users_username_key ON public.users USING btree (username);
