ALTER TABLE `partnerships` ADD `name_en` text;--> statement-breakpoint
ALTER TABLE `partnerships` ADD `challenge_en` text;