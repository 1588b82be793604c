CREATE TABLE `agreements` (
	`id` text PRIMARY KEY NOT NULL,
	`partnership_id` text NOT NULL,
	`survey_id` text NOT NULL,
	`finding_kind` text NOT NULL,
	`finding_key` text NOT NULL,
	`action` text NOT NULL,
	`owner` text NOT NULL,
	`due_on` text NOT NULL,
	`created_on` text NOT NULL,
	`updated_on` text NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `agreements_by_survey` ON `agreements` (`survey_id`,`finding_kind`,`finding_key`);