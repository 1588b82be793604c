CREATE TABLE `audit_events` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` text NOT NULL,
	`day` text NOT NULL,
	`action` text NOT NULL,
	`actor_link_id` text,
	`link_id` text,
	`scope` text,
	`survey_id` text,
	`partner_id` text,
	`count` integer,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_link_id`) REFERENCES `capability_links`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`link_id`) REFERENCES `capability_links`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `audit_events_by_partnership` ON `audit_events` (`partnership_id`,`seq`);--> statement-breakpoint
CREATE TABLE `organiser_keys` (
	`link_id` text PRIMARY KEY NOT NULL,
	`partnership_id` text NOT NULL,
	`salt` text NOT NULL,
	`wrapped_key` text NOT NULL,
	FOREIGN KEY (`link_id`) REFERENCES `capability_links`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `organiser_keys_by_partnership` ON `organiser_keys` (`partnership_id`);--> statement-breakpoint
ALTER TABLE `capability_links` ADD `sealed_secret` text;