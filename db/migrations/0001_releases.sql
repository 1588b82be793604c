CREATE TABLE `released_aggregates` (
	`survey_id` text NOT NULL,
	`partner_id` text NOT NULL,
	`group_key` text NOT NULL,
	`sequence` integer NOT NULL,
	`respondents` integer NOT NULL,
	`stats` text NOT NULL,
	`comment_cohort` integer DEFAULT 0 NOT NULL,
	`comment_respondents` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`survey_id`, `partner_id`, `group_key`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `releases` (
	`survey_id` text NOT NULL,
	`sequence` integer NOT NULL,
	`released_on` text NOT NULL,
	`kind` text DEFAULT 'figures' NOT NULL,
	PRIMARY KEY(`survey_id`, `sequence`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `comments` ADD `cohort` integer DEFAULT 0 NOT NULL;