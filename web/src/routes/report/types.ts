/**
 * The types the report page draws from, all inferred from the typed client (Hono RPC): what the
 * report routes answer, and the report model inside it, so a change in a route shows up here.
 */
import type { apiClient } from '../../lib/api';

export type { FactsForm, Instrument, Item, ReadinessFactor, SectionId, TriangleSide } from '../../../../core/instrument/types';

type Client = ReturnType<typeof apiClient>['report'];
type AgreementsClient = ReturnType<typeof apiClient>['agreements'];
type Body<R> = R extends (...args: never[]) => Promise<infer Res>
  ? Res extends { json(): Promise<infer J> }
    ? Exclude<J, { error: unknown }>
    : never
  : never;

/** GET /api/report: the partnership, the survey and the overview (what the page shows first). */
export type ReportResponse = Body<Client['$get']>;
/** GET /api/report/figures: the rest of the report's figures, read when the reader opens them. */
export type FiguresResponse = Body<Client['figures']['$get']>;
/** GET /api/report/comments. */
export type CommentsResponse = Body<Client['comments']['$get']>;
/** GET /api/report/breakdowns for one partner. */
export type BreakdownsResponse = Body<Client['breakdowns']['$get']>;
/** GET /api/report/pair: every comparison of one pair of partners, and how their propositions fit. */
export type PairDetail = Body<Client['pair']['$get']>['pair'];
/** GET /api/report/partner: one partner's value proposition. */
export type PartnerCard = Body<Client['partner']['$get']>['card'];

/**
 * The report's overview as the page receives it, and the rest of its figures (the Worker defines
 * both in worker/analysis/overview.ts, from the model in worker/analysis/model.ts).
 */
export type Report = ReportResponse['report'];
export type Figures = FiguresResponse['figures'];
export type PartnerEntry = Report['partners'][number];
export type ShownPartner = Extract<PartnerEntry, { status: 'shown' }>;
export type SectionReport = Figures['sections'][number];
export type ScaleItemReport = Extract<SectionReport['items'][number], { kind: 'scale' }>;
export type ScaleSummary = ScaleItemReport['byPartner'][number];
export type Interval = NonNullable<ScaleSummary['ci95']>;
export type SharedGround = Report['sharedGround'][number];
export type FaultLine = Report['faultLines'][number];
export type Findings = Report['findings'];
export type Position = Findings['faultLines'][number]['positions'][number];
export type ValueCase = NonNullable<Report['valueCase']>;
export type Band = NonNullable<NonNullable<Report['readiness']>['factors'][number]['byPartner'][number]['band']>;

/** A wave the link may read (GET /api/report `waves`). */
export type Wave = ReportResponse['waves'][number];
/** GET /api/report/change: the two waves' headers and the change model. */
export type ChangeResponse = Body<Client['change']['$get']>;
export type ChangeReport = ChangeResponse['change'];
export type ItemChange = ChangeReport['faultLines'][number];
export type FactorChange = ChangeReport['readiness'][number];
export type ResourceChange = ChangeReport['valueCase'][number];
export type ValueChoiceChange = ChangeReport['values'][number];
/** GET /api/report/change/partner: one partner's every change. */
export type PartnerChangeDetail = Body<Client['change']['partner']['$get']>['detail'];
/** GET /api/agreements: a wave's agreements and those of the wave before it. */
export type AgreementsResponse = Body<AgreementsClient['$get']>;
export type Agreement = AgreementsResponse['agreements'][number];
