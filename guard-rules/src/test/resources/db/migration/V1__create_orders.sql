-- the example migrations of docs/assertions.md
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, status text);
