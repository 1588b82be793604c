/**
 * The analysis bench's CPU part: what the report routes spend on building and sending the report
 * (and the pair and breakdown reads) in one Node process, on synthetic partnerships
 * (scripts/bench/analysis.ts prints it). Each figure times the steps the route runs, in its order.
 */
import { surveyItems } from '../../../core/instrument';
import { type Instrument, type SectionId, sectionIds } from '../../../core/instrument/types';
import { randomProfile, seededRandom, syntheticAnswers } from '../../../db/seed/synthetic';
import { buildBreakdowns, buildPairDetail, buildReport, type GroupAggregate, type ReportInput } from '../../../worker/analysis';
import { reportFigures, reportOverview } from '../../../worker/analysis/overview';
import { ALL_GROUP, type Counters, statsOf } from '../../../worker/analysis/stats';
import { keepModel, keptModel, modelKey } from '../../../worker/routes/report-cache';
import { decodeCounters, encodeCounters } from '../../../worker/store/released-counters';
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

/**
 * The overview's input as the report route reads it: every partner's `all` row, its counters as
 * `released_aggregates.stats` stores them (`rows`: `text`, in the instrument's layout; `objectText`,
 * the JSON object rows held before, for comparison), which the route reads back (`readRows`);
 * `fromRows` puts the counters read back into the input. The synthetic responses live
 * only in here: a Worker serving the report never holds responses (5,000 of them are about 22 MB),
 * and kept during the timings they would be marked by every full garbage collection.
 */
export function overviewInput(instrument: Instrument, perPartner: number) {
  const full = reportInputFrom(
    instrument,
    sections,
    partnerIds,
    respondentsFor(instrument, () => perPartner, 7),
  );
  const rows = [...full.stats].map(([partnerId, groups]) => ({
    partnerId,
    all: groups.get(ALL_GROUP)!,
    text: encodeCounters(instrument, statsOf(groups.get(ALL_GROUP)!.stats)),
    objectText: JSON.stringify(statsOf(groups.get(ALL_GROUP)!.stats)),
  }));
  const fromRows = (parsed: readonly Counters[]): ReportInput => ({
    ...full,
    stats: new Map(
      rows.map((row, i) => [
        row.partnerId,
        new Map<string, GroupAggregate>([[ALL_GROUP, { respondents: row.all.respondents, stats: parsed[i]! }]]),
      ]),
    ),
  });
  return { full, rows, fromRows };
}

/**
 * The counters of the rows read back, as the release store reads them (worker/store/released-counters.ts),
 * in `instrument`'s layout (the stand-in is no published version).
 */
export const readRows = (instrument: Instrument, rows: readonly { readonly text: string }[]) =>
  rows.map((row) => decodeCounters(row.text, () => instrument));

export interface Timing {
  readonly median: number;
  readonly p95: number;
}

/** Median and p95 of some timings. */
export function timingOf(values: readonly number[]): Timing {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/** Milliseconds of CPU (user + system) `run` takes, median and p95 over RUNS after a warm-up. */
function cpuTime(run: () => unknown): Timing {
  for (let i = 0; i < 20; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const before = process.cpuUsage();
    run();
    const spent = process.cpuUsage(before);
    times.push((spent.user + spent.system) / 1000);
  }
  return timingOf(times);
}

export interface CpuFigures {
  readonly label: string;
  readonly items: number;
  readonly respondents: number;
  /** Reading every partner's `all` row back from its stored form, and the rows' bytes. */
  readonly parse: Timing;
  readonly rowBytes: number;
  /** The same rows as JSON objects, as they were stored before: JSON.parse, and their bytes. */
  readonly parseObjects: Timing;
  readonly objectBytes: number;
  /** `buildReport` alone. */
  readonly build: Timing;
  /** The overview computed: parse the rows, build the model, cut the overview, JSON. */
  readonly cold: Timing;
  /** The overview served from a kept model: its key, the model, the overview, JSON. */
  readonly served: Timing;
  /** The overview in an isolate that has not built the release: its key, the body stored in D1 parsed, JSON. */
  readonly stored: Timing;
  readonly overviewBytes: number;
  readonly figuresBytes: number;
  /** The whole model as JSON: what the overview sent before it was cut in two. */
  readonly modelBytes: number;
  /** The figures served from a kept model (cut, JSON). */
  readonly figures: Timing;
  /** One pair from a kept model: parse the rows, the pair's comparisons, JSON. */
  readonly pair: Timing;
  readonly breakdowns: Timing;
}

export function measureCpu(label: string, instrument: Instrument, perPartner: number): CpuFigures {
  log(`cpu: ${label}, ${PARTNERS} × ${perPartner} respondents`);
  const { full, rows, fromRows } = overviewInput(instrument, perPartner);
  const parseRows = () => readRows(instrument, rows);
  const input = fromRows(parseRows());
  const model = buildReport(input);
  const key = (sequence: number) => modelKey('survey', sequence, input);
  keepModel(key(1), model);
  const [storedKey, storedBody] = [key(1), JSON.stringify(reportOverview(model))];
  let sequence = 1;
  return {
    label,
    items: surveyItems(instrument, sections).length,
    respondents: perPartner * PARTNERS,
    parse: cpuTime(parseRows),
    rowBytes: rows.reduce((sum, row) => sum + row.text.length, 0),
    parseObjects: cpuTime(() => rows.map((row) => JSON.parse(row.objectText) as Record<string, number>)),
    objectBytes: rows.reduce((sum, row) => sum + row.objectText.length, 0),
    build: cpuTime(() => buildReport(input)),
    cold: cpuTime(() => {
      // A release the isolate has not seen: nothing kept under its key.
      sequence += 1;
      if (keptModel(key(sequence))) throw new Error('a new release found a kept model');
      return JSON.stringify(reportOverview(buildReport(fromRows(parseRows()))));
    }),
    served: cpuTime(() => JSON.stringify(reportOverview(keptModel(key(1))!))),
    stored: cpuTime(() => {
      // The route compares the stored key with its own, then parses the body and sends it again.
      if (key(1) !== storedKey) throw new Error('the stored overview is of another key');
      return JSON.stringify(JSON.parse(storedBody));
    }),
    overviewBytes: JSON.stringify(reportOverview(model)).length,
    figuresBytes: JSON.stringify(reportFigures(model)).length,
    modelBytes: JSON.stringify(model).length,
    figures: cpuTime(() => JSON.stringify(reportFigures(keptModel(key(1))!))),
    pair: cpuTime(() => JSON.stringify(buildPairDetail(fromRows(parseRows()), partnerIds[0]!, partnerIds[1]!, keptModel(key(1))!))),
    breakdowns: cpuTime(() => JSON.stringify(buildBreakdowns(full, partnerIds[0]!))),
  };
}
