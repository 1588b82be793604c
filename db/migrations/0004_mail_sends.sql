CREATE TABLE `mail_sends` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`link_id` text NOT NULL,
	`survey_id` text NOT NULL,
	`day` text NOT NULL,
	FOREIGN KEY (`link_id`) REFERENCES `capability_links`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mail_sends_by_link` ON `mail_sends` (`link_id`);--> statement-breakpoint
CREATE INDEX `mail_sends_by_survey_day` ON `mail_sends` (`survey_id`,`day`);