ALTER TABLE `comments` ADD `import_key` text;--> statement-breakpoint
ALTER TABLE `comments` ADD `answers_id` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `comments_import_key` ON `comments` (`import_key`);