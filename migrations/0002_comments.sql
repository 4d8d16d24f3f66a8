CREATE TABLE `comments` (
	`id` integer PRIMARY KEY NOT NULL,
	`post_slug` text NOT NULL,
	`parent_id` integer,
	`name` text NOT NULL,
	`website` text,
	`text` text NOT NULL,
	`status` text NOT NULL,
	`spam_reason` text,
	`by_author` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`approved_at` integer,
	`client_hash` text,
	`delete_token_hash` text,
	`delete_token_expires_at` integer
);
--> statement-breakpoint
CREATE INDEX `comments_post_status` ON `comments` (`post_slug`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `comments_status` ON `comments` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `comments_client` ON `comments` (`client_hash`,`created_at`);--> statement-breakpoint
ALTER TABLE `posts` ADD `comments` text DEFAULT 'open' NOT NULL;