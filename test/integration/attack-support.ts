/**
 * The attacker's tools for test/integration/attacks.test.ts: what an organiser or report reader can
 * fetch through the API, and how they try to work one person's answers out of it by subtracting
 * one reading from another. Written against the report's JSON as both the old and the new API
 * serve it (per partner and item: `n` and `mean`), so the same attack runs before and after a
 * change and says what it recovered.
 */
import { currentInstrument, surveyItems } from '../../core/instrument';
import type { Answers, SectionId } from '../../core/instrument/types';
import { isBreakdownItem } from '../../core/instrument/types';
import { raw } from './client';

export const everySection: SectionId[] = ['drives', 'culture', 'values', 'readiness', 'value_case', 'perceptions', 'open', 'about'];

interface ScaleEntry {
  partnerId: string;
  n: number;
  mean: number | null;
}
interface AllocationEntry {
  partnerId: string;
  n: number;
  options: { optionId: string; mean: number | null }[];
}
interface SectionItem {
  kind: 'scale' | 'allocation';
  itemId: string;
  byPartner: (ScaleEntry | AllocationEntry)[];
}
/** The parts of the report model the attacks read (`readReport`). */
export interface ReportJson {
  report: {
    partners: { id: string; status: string; respondents?: number }[];
    sections: { items: SectionItem[] }[];
    valueCase: {
      byPartner: {
        partnerId: string;
        answeredBring: number;
        answeredGet: number;
        shares: { optionId: string; bring: number | null; get: number | null }[];
      }[];
    } | null;
    perceptions: { items: { itemId: string; views: { partnerIds: string[]; means: (number | null)[][] } }[] } | null;
    values: { chosen: { optionIds: string[]; byPartner: { partnerId: string; answered: number; shares: number[] }[] } | null } | null;
  };
}
export interface BreakdownsJson {
  breakdowns?: {
    itemIds: string[];
    dimensions: {
      dimension: string;
      status: string;
      groups: { optionId: string | null; respondents: number; n: number[]; means: (number | null)[] }[];
    }[];
  };
}
export interface CommentsJson {
  comments?: { byPartner: { partnerId: string; items: { itemId: string; comments: string[] }[] }[] };
}

const get = async <T>(path: string, secret: string): Promise<T> => (await (await raw(path, { secret })).json()) as T;

/** The whole report model a reader with this link can read: the overview with the rest of its figures. */
export async function readReport(secret: string): Promise<ReportJson> {
  const overview = await get<ReportJson>('/api/report', secret);
  const { figures } = await get<{ figures: Partial<ReportJson['report']> }>('/api/report/figures', secret);
  return { report: { ...overview.report, ...figures } };
}

/** Everything a reader with this link can read about the survey right now. */
export async function readEverything(secret: string, partnerId: string) {
  return {
    report: await readReport(secret),
    breakdowns: await get<BreakdownsJson>(`/api/report/breakdowns?partnerId=${partnerId}`, secret),
    comments: await get<CommentsJson>('/api/report/comments', secret),
  };
}
export type Reading = Awaited<ReturnType<typeof readEverything>>;

/** How many of one category of answers the attacker got exactly right, out of how many. */
export type Tally = Record<'scale' | 'drives' | 'valueCase' | 'perceptions' | 'about' | 'comments', [recovered: number, of: number]>;

const emptyTally = (): Tally => ({
  scale: [0, 0],
  drives: [0, 0],
  valueCase: [0, 0],
  perceptions: [0, 0],
  about: [0, 0],
  comments: [0, 0],
});

/** Total of a partner's answers given n and the (rounded) mean: exact for the sizes used here. */
const total = (n: number, mean: number | null) => (n === 0 || mean === null ? 0 : n * mean);

/**
 * The differencing attack on two readings taken just before and just after one person answered:
 * wherever a figure's count went up by exactly one, the change of its total is that person's
 * answer. Compared with what the person really answered (`truth`).
 */
export function recoverByDifference(
  before: Reading,
  after: Reading,
  partnerId: string,
  truth: Answers,
  comments: readonly string[],
): Tally {
  const tally = emptyTally();
  const count = (category: keyof Tally, right: boolean) => {
    tally[category][1] += 1;
    if (right) tally[category][0] += 1;
  };
  const items = surveyItems(currentInstrument, everySection);
  const entryIn = (reading: Reading, itemId: string) =>
    reading.report.report.sections
      .flatMap((s) => s.items)
      .find((i) => i.itemId === itemId)
      ?.byPartner.find((p) => p.partnerId === partnerId);

  for (const item of items) {
    if (item.format === 'bipolar' || item.format === 'importance' || item.format === 'agreement' || item.format === 'intensity') {
      const [b, a] = [entryIn(before, item.id) as ScaleEntry | undefined, entryIn(after, item.id) as ScaleEntry | undefined];
      const single = a !== undefined && a.n - (b?.n ?? 0) === 1;
      count('scale', single && Math.round(total(a.n, a.mean) - total(b?.n ?? 0, b?.mean ?? null)) === truth[item.id]);
    }
    if (item.format === 'allocation') {
      const [b, a] = [entryIn(before, item.id) as AllocationEntry | undefined, entryIn(after, item.id) as AllocationEntry | undefined];
      const points = (truth[item.id] ?? {}) as Record<string, number>;
      for (const option of item.options) {
        const single = a !== undefined && a.n - (b?.n ?? 0) === 1;
        const mean = (e: AllocationEntry | undefined) => e?.options.find((o) => o.optionId === option.id)?.mean ?? null;
        const derived = single ? Math.round(total(a.n, mean(a)) - total(b?.n ?? 0, mean(b))) : Number.NaN;
        count('drives', derived === (points[option.id] ?? 0));
      }
    }
    if (item.format === 'multi_select' && 'values' in item.tags) {
      // The values among the three most important: the share of the partner's respondents choosing each.
      const entry = (r: Reading) => r.report.report.values?.chosen?.byPartner.find((p) => p.partnerId === partnerId);
      const optionIds = after.report.report.values?.chosen?.optionIds ?? [];
      const [b, a] = [entry(before), entry(after)];
      const chosen = (e: typeof a, optionId: string) => Math.round((e?.shares[optionIds.indexOf(optionId)] ?? 0) * (e?.answered ?? 0));
      for (const option of item.options) {
        const single = a !== undefined && a.answered - (b?.answered ?? 0) === 1;
        const derived = single ? chosen(a, option.id) - chosen(b, option.id) === 1 : null;
        count('valueCase', derived !== null && derived === ((truth[item.id] as string[] | undefined) ?? []).includes(option.id));
      }
    }
    if (item.format === 'multi_select' && 'valueCase' in item.tags) {
      const side = item.tags.valueCase;
      const entry = (r: Reading) => r.report.report.valueCase?.byPartner.find((p) => p.partnerId === partnerId);
      const [b, a] = [entry(before), entry(after)];
      const answered = (e: typeof a) => (side === 'bring' ? e?.answeredBring : e?.answeredGet) ?? 0;
      const chosen = (e: typeof a, optionId: string) => {
        const share = e?.shares.find((s) => s.optionId === optionId)?.[side === 'bring' ? 'bring' : 'get'] ?? 0;
        return Math.round((share ?? 0) * answered(e));
      };
      for (const option of item.options) {
        const single = a !== undefined && answered(a) - answered(b) === 1;
        const derived = single ? chosen(a, option.id) - chosen(b, option.id) === 1 : null;
        count('valueCase', derived !== null && derived === ((truth[item.id] as string[] | undefined) ?? []).includes(option.id));
      }
    }
    if (item.format === 'perception') {
      const ratings = (truth[item.id] ?? {}) as Record<string, number>;
      for (const [target, rating] of Object.entries(ratings)) {
        const mean = (r: Reading) => {
          const views = r.report.report.perceptions?.items.find((i) => i.itemId === item.id)?.views;
          if (!views) return null;
          return views.means[views.partnerIds.indexOf(partnerId)]?.[views.partnerIds.indexOf(target)] ?? null;
        };
        const respondents = (r: Reading) => r.report.report.partners.find((p) => p.id === partnerId)?.respondents ?? 0;
        const [nb, na] = [respondents(before), respondents(after)];
        const derived = na - nb === 1 && mean(after) !== null ? Math.round(total(na, mean(after)) - total(nb, mean(before))) : Number.NaN;
        count('perceptions', derived === rating);
      }
    }
    if (isBreakdownItem(item)) {
      const groups = (r: Reading) => r.breakdowns.breakdowns?.dimensions.find((d) => d.dimension === item.tags.breakdown)?.groups ?? [];
      const grew = groups(after).filter(
        (g) => g.respondents - (groups(before).find((x) => x.optionId === g.optionId)?.respondents ?? 0) === 1,
      );
      count('about', grew.length === 1 && grew[0]!.optionId === (truth[item.id] ?? null));
    }
  }
  const said = (r: Reading) =>
    new Set(r.comments.comments?.byPartner.find((p) => p.partnerId === partnerId)?.items.flatMap((i) => i.comments) ?? []);
  const [saidBefore, saidAfter] = [said(before), said(after)];
  const appeared = [...saidAfter].filter((c) => !saidBefore.has(c));
  for (const comment of comments) count('comments', appeared.length <= comments.length && appeared.includes(comment));
  return tally;
}

/** Adds tallies up. */
export function sumTallies(tallies: readonly Tally[]): Tally {
  const sum = emptyTally();
  for (const tally of tallies)
    for (const key of Object.keys(sum) as (keyof Tally)[]) {
      sum[key][0] += tally[key][0];
      sum[key][1] += tally[key][1];
    }
  return sum;
}

/** How many answers in a tally were recovered, over all categories. */
export const recovered = (tally: Tally) => Object.values(tally).reduce((sum, [n]) => sum + n, 0);
