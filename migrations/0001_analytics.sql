CREATE TABLE `daily_bot_hits` (
	`day` text PRIMARY KEY NOT NULL,
	`hits` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `daily_goal_stats` (
	`day` text NOT NULL,
	`path` text NOT NULL,
	`name` text NOT NULL,
	`conversions` integer NOT NULL,
	PRIMARY KEY(`day`, `path`, `name`)
);
--> statement-breakpoint
CREATE TABLE `daily_page_stats` (
	`day` text NOT NULL,
	`path` text NOT NULL,
	`views` integer NOT NULL,
	`visitors` integer NOT NULL,
	`engaged_reads` integer NOT NULL,
	`read_throughs` integer NOT NULL,
	`engaged_ms` integer NOT NULL,
	`goals` integer NOT NULL,
	`outbound_clicks` integer NOT NULL,
	PRIMARY KEY(`day`, `path`)
);
--> statement-breakpoint
CREATE TABLE `daily_salts` (
	`day` text PRIMARY KEY NOT NULL,
	`salt` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `daily_site_stats` (
	`day` text PRIMARY KEY NOT NULL,
	`views` integer NOT NULL,
	`visitors` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `daily_source_stats` (
	`day` text NOT NULL,
	`path` text NOT NULL,
	`channel` text NOT NULL,
	`source` text NOT NULL,
	`views` integer NOT NULL,
	`visitors` integer NOT NULL,
	`engaged_reads` integer NOT NULL,
	PRIMARY KEY(`day`, `path`, `channel`, `source`)
);
--> statement-breakpoint
CREATE TABLE `goal_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`day` text NOT NULL,
	`page_id` text NOT NULL,
	`path` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `goal_events_day` ON `goal_events` (`day`);--> statement-breakpoint
CREATE TABLE `outbound_clicks` (
	`id` integer PRIMARY KEY NOT NULL,
	`day` text NOT NULL,
	`page_id` text NOT NULL,
	`path` text NOT NULL,
	`target_host` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `outbound_clicks_day` ON `outbound_clicks` (`day`);--> statement-breakpoint
CREATE TABLE `pageviews` (
	`id` integer PRIMARY KEY NOT NULL,
	`day` text NOT NULL,
	`page_id` text NOT NULL,
	`visitor_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`path` text NOT NULL,
	`channel` text NOT NULL,
	`source` text NOT NULL,
	`referrer_host` text,
	`utm_source` text,
	`utm_medium` text,
	`utm_campaign` text,
	`country` text,
	`device` text NOT NULL,
	`browser` text NOT NULL,
	`engaged_ms` integer DEFAULT 0 NOT NULL,
	`scroll_depth` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pageviews_day_page` ON `pageviews` (`day`,`page_id`);--> statement-breakpoint
CREATE TABLE `post_topics` (
	`post_slug` text NOT NULL,
	`topic_slug` text NOT NULL,
	`topic_name` text NOT NULL,
	PRIMARY KEY(`post_slug`, `topic_slug`),
	FOREIGN KEY (`post_slug`) REFERENCES `posts`(`slug`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `post_topics_topic` ON `post_topics` (`topic_slug`);--> statement-breakpoint
CREATE TABLE `posts` (
	`slug` text PRIMARY KEY NOT NULL,
	`path` text NOT NULL,
	`title` text NOT NULL,
	`lang` text NOT NULL,
	`pub_date` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `posts_path_unique` ON `posts` (`path`);