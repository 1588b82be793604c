/**
 * The types the report page draws from: the report model as the Worker defines it, and what the
 * report routes answer (inferred from the typed client, so a change in a route shows up here).
 */
import type { apiClient } from '../../lib/api';

export type { Instrument, Item, ReadinessFactor, SectionId, TriangleSide } from '../../../../core/instrument/types';
export type {
  Band,
  FaultLine,
  Interval,
  PartnerEntry,
  Report,
  ScaleItemReport,
  ScaleSummary,
  SectionReport,
  SharedGround,
  ShownPartner,
} from '../../../../worker/analysis/model';

type Client = ReturnType<typeof apiClient>['report'];
type Body<R> = R extends (...args: never[]) => Promise<infer Res>
  ? Res extends { json(): Promise<infer J> }
    ? Exclude<J, { error: unknown }>
    : never
  : never;

/** GET /api/report: the partnership, the survey and the model. */
export type ReportResponse = Body<Client['$get']>;
/** GET /api/report/comments. */
export type CommentsResponse = Body<Client['comments']['$get']>;
/** GET /api/report/breakdowns for one partner. */
export type BreakdownsResponse = Body<Client['breakdowns']['$get']>;
