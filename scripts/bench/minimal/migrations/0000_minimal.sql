-- The minimal Worker's tables: a link with a use counter guarded by a CHECK, a draft per link,
-- responses with a unique submission key, and one counter row per partner.
CREATE TABLE links (
  id text PRIMARY KEY NOT NULL,
  token_hash text NOT NULL UNIQUE,
  partner text NOT NULL,
  uses integer DEFAULT 0 NOT NULL,
  max_uses integer,
  CHECK (max_uses IS NULL OR uses <= max_uses)
);
CREATE TABLE drafts (id text PRIMARY KEY NOT NULL, answers text NOT NULL);
CREATE TABLE responses (id text PRIMARY KEY NOT NULL, submission_key text NOT NULL UNIQUE, partner text NOT NULL, answers text NOT NULL);
CREATE TABLE aggregates (partner text PRIMARY KEY NOT NULL, respondents integer NOT NULL);
