/**
 * The analysis bench's CPU part: what building the overview (and the pair and breakdown reads)
 * costs in one Node process, on synthetic partnerships (scripts/bench/analysis.ts prints it).
 */
import { surveyItems } from '../../../core/instrument';
import { type Answers, type Instrument, type SectionId, sectionIds } from '../../../core/instrument/types';
import { randomProfile, seededRandom, syntheticAnswers } from '../../../db/seed/synthetic';
import { buildBreakdowns, buildPairDetail, buildReport, type ReportInput } from '../../../worker/analysis';
import { ALL_GROUP } from '../../../worker/analysis/stats';
import { benchPartnerId, reportInputFrom } from '../partnership';

export const PARTNERS = 20;
/** Repetitions of each timing, after 20 warm-up runs. */
export const RUNS = 200;
export const sections: SectionId[] = [...sectionIds];
export const log = (message: string) => process.stderr.write(`${message}\n`);
export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Synthetic partners: each leans its own way, so there is real alignment and conflict. */
export const partnerIds = Array.from({ length: PARTNERS }, (_, i) => benchPartnerId(i));

export function respondentsFor(instrument: Instrument, perPartner: (index: number) => number, seed: number, ids = partnerIds) {
  const random = seededRandom(seed);
  return ids.flatMap((partnerId, index) => {
    const profile = randomProfile(instrument, sections, random);
    const others = ids.filter((id) => id !== partnerId);
    return Array.from({ length: perPartner(index) }, () => ({
      partnerId,
      answers: syntheticAnswers({ instrument, sections, otherPartnerIds: others, profile, random, skipOptional: 0.1 }),
    }));
  });
}

/** The overview's input as the report route builds it, and the `all` rows' counters as JSON (what the route parses). */
function overviewInput(instrument: Instrument, responses: { partnerId: string; answers: Answers }[]): { input: ReportInput; rows: string } {
  const input = reportInputFrom(instrument, sections, partnerIds, responses);
  const rows = [...input.stats.values()].map((groups) => JSON.stringify(groups.get(ALL_GROUP)!.stats));
  return { input, rows: `[${rows.join(',')}]` };
}

/** Milliseconds of CPU (user + system) `run` takes, median and p95 over RUNS after a warm-up. */
function cpuTime(run: () => unknown): { median: number; p95: number } {
  for (let i = 0; i < 20; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const before = process.cpuUsage();
    run();
    const spent = process.cpuUsage(before);
    times.push((spent.user + spent.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

export interface CpuFigures {
  readonly label: string;
  readonly items: number;
  readonly respondents: number;
  readonly build: { median: number; p95: number };
  readonly serialise: { median: number; p95: number };
  readonly total: { median: number; p95: number };
  readonly parse: { median: number; p95: number };
  readonly jsonBytes: number;
  readonly rowBytes: number;
  readonly pair: { median: number; p95: number };
  readonly breakdowns: { median: number; p95: number };
}

export function measureCpu(label: string, instrument: Instrument, perPartner: number): CpuFigures {
  log(`cpu: ${label}, ${PARTNERS} × ${perPartner} respondents`);
  const responses = respondentsFor(instrument, () => perPartner, 7);
  const { input, rows } = overviewInput(instrument, responses);
  const overview = {
    input: { ...input, stats: new Map([...input.stats].map(([id, groups]) => [id, new Map([[ALL_GROUP, groups.get(ALL_GROUP)!]])])) },
  };
  const built = buildReport(overview.input);
  const json = JSON.stringify(built);
  return {
    label,
    items: surveyItems(instrument, sections).length,
    respondents: perPartner * PARTNERS,
    build: cpuTime(() => buildReport(overview.input)),
    serialise: cpuTime(() => JSON.stringify(built)),
    total: cpuTime(() => JSON.stringify(buildReport(overview.input))),
    parse: cpuTime(() => JSON.parse(rows)),
    jsonBytes: json.length,
    rowBytes: rows.length,
    pair: cpuTime(() => JSON.stringify(buildPairDetail(overview.input, partnerIds[0]!, partnerIds[1]!))),
    breakdowns: cpuTime(() => JSON.stringify(buildBreakdowns(input, partnerIds[0]!))),
  };
}
