UPDATE orders SET note = 'gift wrap' WHERE id = 101;
