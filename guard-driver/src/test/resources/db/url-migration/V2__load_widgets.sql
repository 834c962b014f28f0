INSERT INTO widget (id, name) VALUES (1, 'bolt'), (2, 'nut');
