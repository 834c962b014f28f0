--liquibase formatted sql

--changeset guard:1
CREATE TABLE gadget (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);

--changeset guard:2
INSERT INTO gadget (id, name) VALUES (1, 'lever'), (2, 'spring');
