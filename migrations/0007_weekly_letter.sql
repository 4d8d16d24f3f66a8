CREATE TABLE `letter_alerts` (
	`post_slug` text NOT NULL,
	`day` text NOT NULL,
	`sent_at` integer NOT NULL,
	PRIMARY KEY(`post_slug`, `day`)
);
--> statement-breakpoint
CREATE TABLE `letter_sends` (
	`week` text PRIMARY KEY NOT NULL,
	`outcome` text NOT NULL,
	`attempts` integer NOT NULL,
	`claimed_at` integer NOT NULL,
	`sent_at` integer,
	`message_id` text,
	`error` text
);
