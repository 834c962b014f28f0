ALTER TABLE `customers` ADD COLUMN `tier` ENUM('free','pro') NOT NULL DEFAULT 'free';
