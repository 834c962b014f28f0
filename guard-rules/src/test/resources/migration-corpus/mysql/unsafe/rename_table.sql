RENAME TABLE orders TO orders_v2;
