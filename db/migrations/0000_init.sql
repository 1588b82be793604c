CREATE TABLE `aggregates` (
	`survey_id` text NOT NULL,
	`partner_id` text NOT NULL,
	`group_key` text NOT NULL,
	`respondents` integer DEFAULT 0 NOT NULL,
	`stats` text DEFAULT '{}' NOT NULL,
	PRIMARY KEY(`survey_id`, `partner_id`, `group_key`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `capability_links` (
	`id` text PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`scope` text NOT NULL,
	`partnership_id` text NOT NULL,
	`survey_id` text,
	`partner_id` text,
	`label` text,
	`max_uses` integer,
	`uses` integer DEFAULT 0 NOT NULL,
	`revoked` integer DEFAULT false NOT NULL,
	`created_on` text NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "capability_links_cap" CHECK("capability_links"."max_uses" IS NULL OR "capability_links"."uses" <= "capability_links"."max_uses")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `capability_links_token_hash` ON `capability_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `capability_links_by_partnership` ON `capability_links` (`partnership_id`,`scope`);--> statement-breakpoint
CREATE TABLE `comments` (
	`id` text PRIMARY KEY NOT NULL,
	`survey_id` text NOT NULL,
	`partner_id` text NOT NULL,
	`item_id` text NOT NULL,
	`sort_key` text NOT NULL,
	`body` text NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `comments_by_survey` ON `comments` (`survey_id`,`partner_id`,`item_id`,`sort_key`);--> statement-breakpoint
CREATE TABLE `drafts` (
	`id` text PRIMARY KEY NOT NULL,
	`survey_id` text NOT NULL,
	`partner_id` text NOT NULL,
	`submission_id` text NOT NULL,
	`answers` text NOT NULL,
	`language` text NOT NULL,
	`updated_on` text NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `drafts_by_survey` ON `drafts` (`survey_id`,`partner_id`);--> statement-breakpoint
CREATE TABLE `partners` (
	`id` text PRIMARY KEY NOT NULL,
	`partnership_id` text NOT NULL,
	`name` text NOT NULL,
	`sector` text NOT NULL,
	`expected_staff` integer,
	`shown_as_organisation` integer DEFAULT false NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `partners_by_partnership` ON `partners` (`partnership_id`,`position`);--> statement-breakpoint
CREATE TABLE `partnerships` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`challenge` text NOT NULL,
	`collaboration_function` text NOT NULL,
	`horizon` text NOT NULL,
	`created_on` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `progress` (
	`survey_id` text NOT NULL,
	`partner_id` text NOT NULL,
	`counter` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`survey_id`, `partner_id`, `counter`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `responses` (
	`id` text PRIMARY KEY NOT NULL,
	`survey_id` text NOT NULL,
	`partner_id` text NOT NULL,
	`submission_key` text NOT NULL,
	`instrument_version` integer NOT NULL,
	`submitted_on` text NOT NULL,
	`answers` text NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `responses_submission_key` ON `responses` (`submission_key`);--> statement-breakpoint
CREATE INDEX `responses_by_survey` ON `responses` (`survey_id`,`partner_id`);--> statement-breakpoint
CREATE TABLE `surveys` (
	`id` text PRIMARY KEY NOT NULL,
	`partnership_id` text NOT NULL,
	`title` text NOT NULL,
	`instrument_version` integer NOT NULL,
	`sections` text NOT NULL,
	`languages` text NOT NULL,
	`min_group_size` integer DEFAULT 5 NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`opens_on` text NOT NULL,
	`closes_on` text,
	`retain_until` text,
	`created_on` text NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "surveys_k_at_least_3" CHECK("surveys"."min_group_size" >= 3)
);
--> statement-breakpoint
CREATE INDEX `surveys_by_partnership` ON `surveys` (`partnership_id`);