CREATE TABLE `report_overviews` (
	`survey_id` text PRIMARY KEY NOT NULL,
	`sequence` integer NOT NULL,
	`model_key` text NOT NULL,
	`body` text NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
