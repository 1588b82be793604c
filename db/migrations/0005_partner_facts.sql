CREATE TABLE `partner_facts` (
	`survey_id` text NOT NULL,
	`partner_id` text NOT NULL,
	`answers` text NOT NULL,
	`updated_on` text NOT NULL,
	PRIMARY KEY(`survey_id`, `partner_id`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
