/**
 * The D1 schema, the one source of truth for stored data. drizzle-kit generates the SQL
 * migrations in `db/migrations/` from this file; wrangler and the tests apply those migrations.
 *
 * Confidentiality shapes the tables: `responses` holds no link id, no IP and only the day of
 * submission; submissions add to `aggregates` (running sums per survey × partner × group), and
 * readers see only `releases` of them (`released_aggregates`), made by the ratchet in
 * worker/analysis/release.ts, so a report's cost depends on partners and items, never on the
 * number of respondents, and no two readings differ by fewer than k people.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { auditActions } from '../core/audit';
import { DEFAULT_MIN_GROUP_SIZE, MIN_GROUP_SIZE_FLOOR } from '../core/confidentiality';
import { findingKinds } from '../core/instrument/findings';
import type { Language, SectionId } from '../core/instrument/types';
import { linkScopes } from '../core/links';
import type { CollaborationFunction, Sector } from '../core/schemas/partnership';

/** Day-level dates (`YYYY-MM-DD`): precise times are never stored next to answers. */
const day = (name: string) => text(name);

export const partnerships = sqliteTable('partnerships', {
  id: text('id').primaryKey(),
  /** The name and challenge in Dutch, the platform's default language. */
  name: text('name').notNull(),
  challenge: text('challenge').notNull(),
  /** The name and challenge in English, when the organiser gave them; English readers see the Dutch ones otherwise. */
  nameEn: text('name_en'),
  challengeEn: text('challenge_en'),
  /** strategic_alignment | operational_alignment | joint_development | procurement */
  collaborationFunction: text('collaboration_function').$type<CollaborationFunction>().notNull(),
  /** Free text such as "2030" or "vijf jaar": the point on the horizon the partners share. */
  horizon: text('horizon').notNull(),
  createdOn: day('created_on').notNull(),
});

/**
 * The partner organisations of a partnership. Rows never change after the partnership's creating
 * batch (and go only with their partnership): respondent routes rely on that and keep id, name
 * and `shown_as_organisation` per isolate (worker/store/respondent-link.ts, `partnersOf`). Making
 * partners editable needs that cache invalidated first, e.g. by a version the link lookup reads.
 */
export const partners = sqliteTable(
  'partners',
  {
    id: text('id').primaryKey(),
    partnershipId: text('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** public | private | civil_society | knowledge_institution | hybrid */
    sector: text('sector').$type<Sector>().notNull(),
    expectedStaff: integer('expected_staff'),
    /** A small partner whose answers are shown as the organisation's position, by agreement (docs/design.md §4). */
    shownAsOrganisation: integer('shown_as_organisation', { mode: 'boolean' }).notNull().default(false),
    position: integer('position').notNull(),
  },
  (t) => [index('partners_by_partnership').on(t.partnershipId, t.position)],
);

export const surveys = sqliteTable(
  'surveys',
  {
    id: text('id').primaryKey(),
    partnershipId: text('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** The instrument version the survey opened with; a newer version never changes it. */
    instrumentVersion: integer('instrument_version').notNull(),
    /** JSON array of section ids chosen by the organiser. */
    sections: text('sections', { mode: 'json' }).$type<SectionId[]>().notNull(),
    /** JSON array of languages offered to respondents. */
    languages: text('languages', { mode: 'json' }).$type<Language[]>().notNull(),
    /** Confidentiality threshold k: no figure is shown for a group smaller than this (core/confidentiality). */
    minGroupSize: integer('min_group_size').notNull().default(DEFAULT_MIN_GROUP_SIZE),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    opensOn: day('opens_on').notNull(),
    closesOn: day('closes_on'),
    /** After this day the scheduled run deletes the survey's responses. */
    retainUntil: day('retain_until'),
    createdOn: day('created_on').notNull(),
  },
  (t) => [
    index('surveys_by_partnership').on(t.partnershipId),
    // A literal in the DDL, not a bound parameter: the floor is part of the table's definition.
    check(`surveys_k_at_least_${MIN_GROUP_SIZE_FLOOR}`, sql`${t.minGroupSize} >= ${sql.raw(String(MIN_GROUP_SIZE_FLOOR))}`),
  ],
);

export type { LinkScope } from '../core/links';

/**
 * The survey and partner a row of answers or counts belongs to; deleting either deletes the row,
 * so removing a survey or partner never leaves answers behind.
 */
function belongsToSurveyAndPartner() {
  return {
    surveyId: text('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
  };
}

/**
 * Capability links. Only the SHA-256 of the secret is stored, so a copy of the database grants
 * nothing. `uses` is checked against `max_uses` by the database itself: the submission batch
 * increments it first, and a used single-use link (or an open link at its cap) aborts the batch.
 * `sealed_secret` is the secret encrypted under the partnership's data key, which only an
 * organiser link can unwrap (`organiser_keys`, worker/access/vault.ts), so the organiser can show
 * a link again; organiser links themselves are never sealed.
 */
export const capabilityLinks = sqliteTable(
  'capability_links',
  {
    id: text('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    scope: text('scope', { enum: linkScopes }).notNull(),
    partnershipId: text('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    surveyId: text('survey_id').references(() => surveys.id, { onDelete: 'cascade' }),
    partnerId: text('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    label: text('label'),
    maxUses: integer('max_uses'),
    uses: integer('uses').notNull().default(0),
    revoked: integer('revoked', { mode: 'boolean' }).notNull().default(false),
    createdOn: day('created_on').notNull(),
    sealedSecret: text('sealed_secret'),
  },
  (t) => [
    uniqueIndex('capability_links_token_hash').on(t.tokenHash),
    index('capability_links_by_partnership').on(t.partnershipId, t.scope),
    check('capability_links_cap', sql`${t.maxUses} IS NULL OR ${t.uses} <= ${t.maxUses}`),
  ],
);

/**
 * Each live organiser link's copy of the partnership's data key, wrapped under a key derived from
 * that link's secret and this row's salt (HKDF-SHA-256 → AES-GCM). Revoking the link deletes its copy.
 */
export const organiserKeys = sqliteTable(
  'organiser_keys',
  {
    linkId: text('link_id')
      .primaryKey()
      .references(() => capabilityLinks.id, { onDelete: 'cascade' }),
    partnershipId: text('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    salt: text('salt').notNull(),
    wrappedKey: text('wrapped_key').notNull(),
  },
  (t) => [index('organiser_keys_by_partnership').on(t.partnershipId)],
);

/**
 * The organiser's audit list: which organiser link did what to a link or survey, on which day.
 * Ordered by `seq` (insertion), so no time finer than the day is kept; nothing of any respondent.
 */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    partnershipId: text('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    day: day('day').notNull(),
    action: text('action', { enum: auditActions }).notNull(),
    /** The organiser link that acted (its label names it in the list). */
    actorLinkId: text('actor_link_id').references(() => capabilityLinks.id, { onDelete: 'set null' }),
    /** The link acted on, or the first of a batch. */
    linkId: text('link_id').references(() => capabilityLinks.id, { onDelete: 'set null' }),
    scope: text('scope', { enum: linkScopes }),
    surveyId: text('survey_id').references(() => surveys.id, { onDelete: 'cascade' }),
    partnerId: text('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    /** How many links a batch or an export held. */
    count: integer('count'),
  },
  (t) => [index('audit_events_by_partnership').on(t.partnershipId, t.seq)],
);

/**
 * One row per invitation or reminder the platform sent for a personal link, with the day only:
 * what bounds sending per link (a few times) and per survey per day. Never an address, a name or a
 * time finer than the day; the messages themselves are not kept.
 */
export const mailSends = sqliteTable(
  'mail_sends',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    linkId: text('link_id')
      .notNull()
      .references(() => capabilityLinks.id, { onDelete: 'cascade' }),
    surveyId: text('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    day: day('day').notNull(),
  },
  (t) => [index('mail_sends_by_link').on(t.linkId), index('mail_sends_by_survey_day').on(t.surveyId, t.day)],
);

/**
 * Answers in progress, saved in the background so a respondent can resume. Keyed by the single-use
 * link (resume on any device) or by link + client submission id (open links). Deleted on submit.
 */
export const drafts = sqliteTable(
  'drafts',
  {
    id: text('id').primaryKey(),
    ...belongsToSurveyAndPartner(),
    submissionId: text('submission_id').notNull(),
    answers: text('answers', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    language: text('language').notNull(),
    updatedOn: day('updated_on').notNull(),
  },
  (t) => [index('drafts_by_survey').on(t.surveyId, t.partnerId)],
);

/**
 * One row per submitted response. No link id, no IP, the day only. `submission_key` is a hash of
 * the client's submission id so a retried submit is recognised without linking it to the link.
 *
 * Keyed by (survey, partner, submission key) and stored WITHOUT ROWID (the migration says so;
 * drizzle cannot): the key is the table, so a response is one row written, not four (table, id,
 * unique key, survey index), and rows sit in the order of a hash, not of their arrival. drizzle-kit
 * does not know WITHOUT ROWID: a generated migration that rebuilds this table must keep it (the
 * analysis bench reports rows written per submission and fails above its budget).
 */
export const responses = sqliteTable(
  'responses',
  {
    ...belongsToSurveyAndPartner(),
    submissionKey: text('submission_key').notNull(),
    instrumentVersion: integer('instrument_version').notNull(),
    submittedOn: day('submitted_on').notNull(),
    answers: text('answers', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.partnerId, t.submissionKey] })],
);

/**
 * Free-text answers, kept apart so the report can read a bounded random sample in a stored random
 * order (`sort_key`, a random UUID) instead of scanning every response. `cohort` is the comment
 * release of its partner the comment waits for (the partner's released cohort + 1 when it was
 * stored): readers see a partner's comments up to its released cohort only.
 *
 * Keyed by (survey, partner, question, sort key), the order the sample reads, and stored WITHOUT
 * ROWID like `responses`: one row written per comment, in random order, never in order of arrival.
 */
export const comments = sqliteTable(
  'comments',
  {
    ...belongsToSurveyAndPartner(),
    itemId: text('item_id').notNull(),
    sortKey: text('sort_key').notNull(),
    body: text('body').notNull(),
    cohort: integer('cohort').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.partnerId, t.itemId, t.sortKey] })],
);

/**
 * Running sums per survey × partner × breakdown group (`all`, `role:manager`, `involved:yes`, …):
 * `stats` is a JSON object of counters (answer counts per point and per option, sums for
 * allocations, cross-products; worker/analysis/stats.ts lists them). `respondents` counts every
 * response, in the submit's own batch; `stats` holds the counters of the first `folded` of them.
 * The rest are marked in `pending_counts` until a fold adds the counters of many of them (computed
 * from their stored answers) to `stats` in one statement (worker/store/fold.ts): merging into this
 * JSON is the most expensive thing SQLite does for a submission, so it is done once per many
 * responses, not per response (docs/scaling.md). Every reader of live figures adds the pending
 * responses' counters (`readLiveTotals`), read in the same batch: a fold moves them from there to
 * here atomically, so the sum never changes with it. The `all` row's channel counters (personal or
 * open link) are counted at submit, never kept per response. A scale's n and sums are not kept here: a release adds them
 * from its answer counts (migration 0008). Stored WITHOUT ROWID like `responses` (the key is the
 * table): a new group row is one row written, as an updated one is.
 */
export const aggregates = sqliteTable(
  'aggregates',
  {
    ...belongsToSurveyAndPartner(),
    groupKey: text('group_key').notNull(),
    respondents: integer('respondents').notNull().default(0),
    folded: integer('folded').notNull().default(0),
    stats: text('stats', { mode: 'json' }).$type<Record<string, number>>().notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.partnerId, t.groupKey] })],
);

/**
 * The submitted responses whose counters are not yet added to their partner's `aggregates.stats`:
 * their keys only (the counters follow from the response's answers, which a fold and every reader
 * of live totals read with them). Keyed like `responses` and stored WITHOUT ROWID (the migration
 * says so): one row written per response, in the order of a hash; nothing about the response but
 * which one it is, deleted with it.
 */
export const pendingCounts = sqliteTable(
  'pending_counts',
  {
    ...belongsToSurveyAndPartner(),
    submissionKey: text('submission_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.partnerId, t.submissionKey] })],
);

/**
 * Always empty: a fold writes `changes() = n` here and deletes it again in its batch, and the
 * CHECK fails the whole batch when another fold took some of its pending rows first (D1 has no
 * interactive transactions: the guard has to be a statement).
 */
export const foldChecks = sqliteTable(
  'fold_checks',
  {
    ok: integer('ok').notNull(),
  },
  (t) => [check('fold_took_every_pending_row', sql`${t.ok} = 1`)],
);

/**
 * The releases of a survey's report: readers see the latest, never the live aggregates. A release
 * is made when a report is read (or the survey closes) and some partner's figures may move
 * (worker/store/releases.ts); the primary key (survey, sequence) lets only one of two concurrent
 * readers make release n + 1. Deleting a survey's responses deletes its released figures and adds
 * a `deleted` release, so a release computed before the deletion can never be written after it.
 */
export const releases = sqliteTable(
  'releases',
  {
    surveyId: text('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    sequence: integer('sequence').notNull(),
    releasedOn: day('released_on').notNull(),
    kind: text('kind', { enum: ['figures', 'deleted'] })
      .notNull()
      .default('figures'),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.sequence] })],
);

/**
 * The released counters per survey × partner × group, as of the latest release: the `all` row of
 * each partner released so far, and the groups of its one breakdown dimension (`role:-` holds those
 * who did not answer). `sequence` is the release that last changed the row. On `all` rows,
 * `comment_cohort` is the partner's released comment cohort and `comment_respondents` its
 * respondents when that cohort was released.
 */
export const releasedAggregates = sqliteTable(
  'released_aggregates',
  {
    ...belongsToSurveyAndPartner(),
    groupKey: text('group_key').notNull(),
    sequence: integer('sequence').notNull(),
    respondents: integer('respondents').notNull(),
    /** The counters in their instrument version's layout (worker/store/released-counters.ts); older rows hold them as a JSON object. */
    stats: text('stats').notNull(),
    commentCohort: integer('comment_cohort').notNull().default(0),
    commentRespondents: integer('comment_respondents').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.partnerId, t.groupKey] })],
);

/**
 * The report overview of a survey's latest release, as the page is sent it, kept in D1 so that a
 * Worker isolate that has not built the release's model yet serves it without parsing the rows and
 * running the analysis (docs/scaling.md). Derived data: `model_key` is every input of the model
 * but the counters (worker/routes/report-cache.ts), the survey's release sequence among them, and
 * the body is served only while the key a reader computes is the same. It holds only what the
 * release shows every reader; deleting responses deletes it with the released figures.
 */
export const reportOverviews = sqliteTable('report_overviews', {
  surveyId: text('survey_id')
    .primaryKey()
    .references(() => surveys.id, { onDelete: 'cascade' }),
  sequence: integer('sequence').notNull(),
  modelKey: text('model_key').notNull(),
  body: text('body').notNull(),
});

/**
 * Facts a partner's contact states for the organisation (the survey version's facts form: mandate,
 * committed resources, accountability). Not respondents' answers and not anonymous: the contact
 * answers for the organisation, and the report shows them with its name. One row per survey and
 * partner, replaced whenever the contact saves.
 */
export const partnerFacts = sqliteTable(
  'partner_facts',
  {
    ...belongsToSurveyAndPartner(),
    answers: text('answers', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    updatedOn: day('updated_on').notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.partnerId] })],
);

/**
 * Started and completed counts per partner, and completions per day, for the organiser. WITHOUT
 * ROWID like `aggregates`: a new counter is one row written, as an updated one is.
 */
export const progress = sqliteTable(
  'progress',
  {
    ...belongsToSurveyAndPartner(),
    /** `started` for drafts begun, or a `YYYY-MM-DD` day for completions on that day. */
    counter: text('counter').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.partnerId, t.counter] })],
);

/**
 * Agreements a partnership made about one finding of a wave's report (what, who, by when),
 * recorded by an organiser or a lead link. They hold what the partners wrote, never anything of a
 * respondent. `finding_kind` and `finding_key` name the finding (core/instrument/findings.ts); the
 * next wave's report shows the agreement beside the change on that finding.
 */
export const agreements = sqliteTable(
  'agreements',
  {
    id: text('id').primaryKey(),
    partnershipId: text('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    surveyId: text('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    findingKind: text('finding_kind', { enum: findingKinds }).notNull(),
    findingKey: text('finding_key').notNull(),
    action: text('action').notNull(),
    owner: text('owner').notNull(),
    dueOn: day('due_on').notNull(),
    createdOn: day('created_on').notNull(),
    updatedOn: day('updated_on').notNull(),
  },
  (t) => [index('agreements_by_survey').on(t.surveyId, t.findingKind, t.findingKey)],
);
