CREATE TABLE `daily_reading_stats` (
	`day` text NOT NULL,
	`path` text NOT NULL,
	`measure` text NOT NULL,
	`bucket` integer NOT NULL,
	`views` integer NOT NULL,
	PRIMARY KEY(`day`, `path`, `measure`, `bucket`)
);
