CREATE TABLE `daily_outbound_stats` (
	`day` text NOT NULL,
	`path` text NOT NULL,
	`target_host` text NOT NULL,
	`clicks` integer NOT NULL,
	PRIMARY KEY(`day`, `path`, `target_host`)
);
--> statement-breakpoint
-- Outbound hosts of the days whose raw clicks are still kept; older days only have their totals.
INSERT INTO `daily_outbound_stats` SELECT `day`, `path`, `target_host`, count(DISTINCT `page_id`) FROM `outbound_clicks` GROUP BY `day`, `path`, `target_host`;--> statement-breakpoint
DROP INDEX `goal_events_day`;--> statement-breakpoint
-- A goal counts once per pageview, an outbound click once per pageview and host: keep the first of each.
DELETE FROM `goal_events` WHERE `id` NOT IN (SELECT min(`id`) FROM `goal_events` GROUP BY `day`, `page_id`, `name`);--> statement-breakpoint
ALTER TABLE `goal_events` ADD `channel` text DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
ALTER TABLE `goal_events` ADD `source` text DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
ALTER TABLE `goal_events` ADD `campaign` text;--> statement-breakpoint
CREATE UNIQUE INDEX `goal_events_day_page_name` ON `goal_events` (`day`,`page_id`,`name`);--> statement-breakpoint
DROP INDEX `outbound_clicks_day`;--> statement-breakpoint
DELETE FROM `outbound_clicks` WHERE `id` NOT IN (SELECT min(`id`) FROM `outbound_clicks` GROUP BY `day`, `page_id`, `target_host`);--> statement-breakpoint
ALTER TABLE `outbound_clicks` ADD `channel` text DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
ALTER TABLE `outbound_clicks` ADD `source` text DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
ALTER TABLE `outbound_clicks` ADD `campaign` text;--> statement-breakpoint
CREATE UNIQUE INDEX `outbound_clicks_day_page_host` ON `outbound_clicks` (`day`,`page_id`,`target_host`);--> statement-breakpoint
-- Goals and clicks still kept raw take the channel of their pageview (the visit's entry is resolved only for new ones).
UPDATE `goal_events` SET (`channel`, `source`, `campaign`) = (SELECT `channel`, `source`, `utm_campaign` FROM `pageviews` p
  WHERE p.`page_id` = `goal_events`.`page_id` AND p.`day` IN (`goal_events`.`day`, date(`goal_events`.`day`, '-1 day')) LIMIT 1)
  WHERE EXISTS (SELECT 1 FROM `pageviews` p WHERE p.`page_id` = `goal_events`.`page_id`);--> statement-breakpoint
UPDATE `outbound_clicks` SET (`channel`, `source`, `campaign`) = (SELECT `channel`, `source`, `utm_campaign` FROM `pageviews` p
  WHERE p.`page_id` = `outbound_clicks`.`page_id` AND p.`day` IN (`outbound_clicks`.`day`, date(`outbound_clicks`.`day`, '-1 day')) LIMIT 1)
  WHERE EXISTS (SELECT 1 FROM `pageviews` p WHERE p.`page_id` = `outbound_clicks`.`page_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_daily_goal_stats` (
	`day` text NOT NULL,
	`path` text NOT NULL,
	`name` text NOT NULL,
	`channel` text DEFAULT 'unknown' NOT NULL,
	`source` text DEFAULT 'unknown' NOT NULL,
	`campaign` text DEFAULT '' NOT NULL,
	`conversions` integer NOT NULL,
	PRIMARY KEY(`day`, `path`, `name`, `channel`, `source`, `campaign`)
);
--> statement-breakpoint
INSERT INTO `__new_daily_goal_stats`("day", "path", "name", "conversions") SELECT "day", "path", "name", "conversions" FROM `daily_goal_stats`;--> statement-breakpoint
DROP TABLE `daily_goal_stats`;--> statement-breakpoint
ALTER TABLE `__new_daily_goal_stats` RENAME TO `daily_goal_stats`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_daily_source_stats` (
	`day` text NOT NULL,
	`path` text NOT NULL,
	`channel` text NOT NULL,
	`source` text NOT NULL,
	`campaign` text DEFAULT '' NOT NULL,
	`views` integer NOT NULL,
	`visitors` integer NOT NULL,
	`engaged_reads` integer NOT NULL,
	`read_throughs` integer DEFAULT 0 NOT NULL,
	`engaged_ms` integer DEFAULT 0 NOT NULL,
	`goals` integer DEFAULT 0 NOT NULL,
	`outbound_clicks` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `path`, `channel`, `source`, `campaign`)
);
--> statement-breakpoint
INSERT INTO `__new_daily_source_stats`("day", "path", "channel", "source", "views", "visitors", "engaged_reads") SELECT "day", "path", "channel", "source", "views", "visitors", "engaged_reads" FROM `daily_source_stats`;--> statement-breakpoint
DROP TABLE `daily_source_stats`;--> statement-breakpoint
ALTER TABLE `__new_daily_source_stats` RENAME TO `daily_source_stats`;--> statement-breakpoint
ALTER TABLE `comments` ADD `channel` text;--> statement-breakpoint
ALTER TABLE `comments` ADD `source` text;--> statement-breakpoint
ALTER TABLE `comments` ADD `campaign` text;