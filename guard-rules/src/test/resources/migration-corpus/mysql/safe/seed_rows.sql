INSERT INTO app_settings (name, setting) VALUES ('feature.x', 'on') ON DUPLICATE KEY UPDATE setting = VALUES(setting);
