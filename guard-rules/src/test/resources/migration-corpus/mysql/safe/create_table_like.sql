CREATE TABLE orders_archive LIKE orders;
