/**
 * Chance: how often a report shows a fault line that is pure chance, and how often it finds a real
 * one (issue 18). Partnerships are simulated from the instrument's own items with synthetic answers
 * (`db/seed/synthetic.ts`), summed exactly as the submit path sums them (`aggregateResponses`) and
 * analysed by `buildReport`. The rule before the chance control and two alternatives are applied to
 * the same partnerships (chance-rules.ts). Runs on two worker threads; prints a Markdown section
 * (`npm run bench -- chance` writes it to BENCHMARKS.md).
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { currentInstrument, surveyItems } from '../../core/instrument';
import type { Answers, SectionId } from '../../core/instrument/types';
import { type Profile, randomProfile, seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { buildReport, FALSE_DISCOVERY_RATE, type Report } from '../../worker/analysis';
import { isScaleItem } from '../../worker/analysis/partner-items';
import { studentTQuantile } from '../../worker/analysis/student-t';
import { beforeRule, type Conflicts, itemStatsOf, ownVarianceRule, pairKey, welchRule } from './chance-rules';
import { benchPartnerId, reportInputFrom } from './partnership';
import { studentizedRangeQuantile } from './studentized-range';

const PARTNERS = [2, 4, 8, 12, 20, 30, 40];
const RESPONDENTS = [5, 8, 12, 30, 100];
const RUNS = 200;
/**
 * The sections with fault lines and shared ground; the others add nothing to this question. The
 * perception gaps (a family of their own) are simulated apart, on fewer shapes: their counters grow
 * with the square of the partners and make up most of the time.
 */
const SECTIONS: SectionId[] = ['drives', 'culture', 'values', 'readiness', 'triangle', 'tensions'];
const WITH_PERCEPTIONS: SectionId[] = [...SECTIONS, 'perceptions'];
const PERCEPTION_RESPONDENTS = [5, 12];
const ITEMS = surveyItems(currentInstrument, SECTIONS);
const SCALE_ITEMS = ITEMS.filter(isScaleItem).length;
/** The planted gap sits on the first 7-point culture scale, centred on its midpoint. */
const PLANTED = ITEMS.find((item) => item.format === 'bipolar')!.id;
/** Null shapes on which the alternative rules are tried too (each of them also runs in the main table). */
const RULE_SHAPES = ['4×12', '12×8', '20×5', '30×5', '40×5'];

interface Scenario {
  readonly key: string;
  /** Respondents per partner. */
  readonly sizes: readonly number[];
  /** Points between partners 0 and 1 on PLANTED (0: every partner from one distribution). */
  readonly gap: number;
  /** Also apply the alternative rules. */
  readonly rules: boolean;
  readonly sections: readonly SectionId[];
  readonly label: string;
}

const nulls: Scenario[] = PARTNERS.flatMap((partners) =>
  RESPONDENTS.map((respondents) => {
    const key = `${partners}×${respondents}`;
    return { key, sizes: Array(partners).fill(respondents), gap: 0, rules: RULE_SHAPES.includes(key), sections: SECTIONS, label: key };
  }),
);
const perceptionNulls: Scenario[] = PARTNERS.flatMap((partners) =>
  PERCEPTION_RESPONDENTS.map((respondents) => ({
    key: `perceptions ${partners}×${respondents}`,
    sizes: Array(partners).fill(respondents),
    gap: 0,
    rules: false,
    sections: WITH_PERCEPTIONS,
    label: `${partners}×${respondents}`,
  })),
);
const plant = (key: string, sizes: number[], gap: number, label: string): Scenario => ({
  key,
  sizes,
  gap,
  rules: true,
  sections: SECTIONS,
  label,
});
const planted: Scenario[] = [
  plant('p20x6', Array(20).fill(6), 3, '3 points, 2 of 20 partners × 6'),
  plant('p4x12', Array(4).fill(12), 2, '2 points, 2 of 4 partners × 12'),
  plant('p5v200g2', [5, 200], 2, '2 points, 5 respondents against 200'),
  plant('p5v200g3', [5, 200], 3, '3 points, 5 respondents against 200'),
  // At exactly the conflict size: may an equivalence claim (shared ground) slip through?
  plant('p2x30edge', [30, 30], 1.5, '1.5 points (the conflict size), 2 partners × 30'),
  plant('p4x30edge', Array(4).fill(30), 1.5, '1.5 points (the conflict size), 2 of 4 partners × 30'),
];
const scenarios = [...nulls, ...perceptionNulls, ...planted];
const RULES = ['before', 'after', 'ownVariance', 'welch'] as const;
type Rule = (typeof RULES)[number];

/** What one rule did in one partnership. */
interface Found {
  any: number;
  planted: number;
  elsewhere: number;
}
/** Totals over the runs of one scenario. */
interface Tally {
  runs: number;
  rules: Record<Rule, Found>;
  notableBefore: number;
  notableAfter: number;
  sharedGround: number;
  /** Runs in which the planted item is listed as shared ground. */
  plantedShared: number;
  callable: number;
}

const emptyTally = (): Tally => ({
  runs: 0,
  rules: Object.fromEntries(RULES.map((r) => [r, { any: 0, planted: 0, elsewhere: 0 }])) as Record<Rule, Found>,
  notableBefore: 0,
  notableAfter: 0,
  sharedGround: 0,
  plantedShared: 0,
  callable: 0,
});

/** The partnership's partner ids and its responses, generated as they are summed (a partnership of 40 × 100 is 4,000 responses). */
function respondents(
  scenario: Scenario,
  random: () => number,
): { ids: string[]; responses: Iterable<{ partnerId: string; answers: Answers }> } {
  const ids = scenario.sizes.map((_, i) => benchPartnerId(i));
  const common = randomProfile(currentInstrument, scenario.sections, random);
  if (scenario.gap > 0) common[PLANTED] = 4;
  const profiles = ids.map((_, i) =>
    scenario.gap > 0 && i < 2 ? { ...common, [PLANTED]: 4 + ((i === 0 ? -1 : 1) * scenario.gap) / 2 } : common,
  );
  // The others see each partner as it sees itself: no perception gap is planted.
  const perceptionProfiles: Record<string, Profile> = Object.fromEntries(ids.map((id, i) => [id, profiles[i]!]));
  function* responses() {
    for (const [i, partnerId] of ids.entries()) {
      const otherPartnerIds = ids.filter((id) => id !== partnerId);
      for (let r = 0; r < scenario.sizes[i]!; r++) {
        const answers = syntheticAnswers({
          instrument: currentInstrument,
          sections: scenario.sections,
          otherPartnerIds,
          profile: profiles[i],
          perceptionProfiles,
          random,
          skipOptional: 0.1,
        });
        yield { partnerId, answers };
      }
    }
  }
  return { ids, responses: responses() };
}

/** The report's conflicts in the rules' shape. */
function reportConflicts(report: Report, ids: readonly string[]): Conflicts {
  const conflicts = new Map<string, Set<number>>();
  for (const pair of report.pairs) {
    for (const itemId of pair.conflicts) {
      if (!conflicts.has(itemId)) conflicts.set(itemId, new Set());
      conflicts.get(itemId)!.add(pairKey(ids.indexOf(pair.a), ids.indexOf(pair.b)));
    }
  }
  return conflicts;
}

function count(found: Found, conflicts: Conflicts) {
  found.any += conflicts.size > 0 ? 1 : 0;
  found.planted += conflicts.get(PLANTED)?.has(pairKey(0, 1)) ? 1 : 0;
  found.elsewhere += [...conflicts.keys()].some((id) => id !== PLANTED) ? 1 : 0;
}

function simulate(index: number, from: number, to: number): Tally {
  const scenario = scenarios[index]!;
  const tally = emptyTally();
  for (let run = from; run < to; run++) {
    const { ids, responses } = respondents(scenario, seededRandom((index + 1) * 1_000_003 + run));
    const input = reportInputFrom(currentInstrument, scenario.sections, ids, responses);
    const report = buildReport(input);
    const items = itemStatsOf(input);
    tally.runs += 1;
    count(tally.rules.after, reportConflicts(report, ids));
    count(tally.rules.before, beforeRule(items));
    if (scenario.rules) {
      count(tally.rules.ownVariance, ownVarianceRule(items));
      count(tally.rules.welch, welchRule(items));
    }
    const targets = report.perceptions?.items.flatMap((item) => item.targets) ?? [];
    tally.notableBefore += targets.some((t) => t.qValue !== null) ? 1 : 0;
    tally.notableAfter += targets.some((t) => t.notable) ? 1 : 0;
    tally.sharedGround += report.sharedGround.length;
    tally.plantedShared += scenario.gap > 0 && report.sharedGround.some((s) => s.itemId === PLANTED) ? 1 : 0;
    const plantedStats = items.find((item) => item.itemId === PLANTED)!.stats;
    tally.callable += plantedStats.slice(0, 2).every((s) => s.n >= 3 && !(s.rwg < report.thresholds.DIVIDED_BELOW_RWG)) ? 1 : 0;
  }
  return tally;
}

function add(into: Tally, more: Tally) {
  into.runs += more.runs;
  for (const rule of RULES) for (const key of ['any', 'planted', 'elsewhere'] as const) into.rules[rule][key] += more.rules[rule][key];
  into.notableBefore += more.notableBefore;
  into.notableAfter += more.notableAfter;
  into.sharedGround += more.sharedGround;
  into.plantedShared += more.plantedShared;
  into.callable += more.callable;
}

/** A worker runs this file too; tsx's loader is not inherited by worker threads, so it registers it first. */
const workerBoot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};
register();
await import(${JSON.stringify(import.meta.url)});`;

async function main() {
  const started = performance.now();
  const chunk = 25;
  const tasks = scenarios.flatMap((_, index) =>
    Array.from({ length: RUNS / chunk }, (_, c) => ({ index, from: c * chunk, to: (c + 1) * chunk })),
  );
  const tallies = scenarios.map(emptyTally);
  const threads = Math.max(1, Math.min(2, availableParallelism()));
  let done = 0;
  await Promise.all(
    Array.from({ length: threads }, async () => {
      const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(workerBoot)}`));
      try {
        for (let task = tasks.shift(); task; task = tasks.shift()) {
          const reply = await new Promise<{ index: number; tally: Tally }>((resolve, reject) => {
            const failed = (error: Error) => {
              worker.off('message', replied);
              reject(error);
            };
            const replied = (message: { index: number; tally: Tally }) => {
              worker.off('error', failed);
              resolve(message);
            };
            worker.once('message', replied);
            worker.once('error', failed);
            worker.postMessage(task);
          });
          add(tallies[reply.index]!, reply.tally);
          done += 1;
          if (done % 20 === 0) process.stderr.write(`chance: ${done} chunks, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  print(tallies, threads, (performance.now() - started) / 1000);
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

function print(tallies: readonly Tally[], threads: number, seconds: number) {
  const byKey = new Map(scenarios.map((s, i) => [s.key, tallies[i]!]));
  const grid = (cell: (t: Tally) => string, respondents = RESPONDENTS, prefix = '') =>
    PARTNERS.map((p) => `| ${p} | ${respondents.map((n) => cell(byKey.get(`${prefix}${p}×${n}`)!)).join(' | ')} |`).join('\n');
  const header = (respondents = RESPONDENTS) =>
    `| partners | ${respondents.map((n) => `${n} each`).join(' | ')} |\n|---|${respondents.map(() => '---').join('|')}|`;
  const worst = Math.max(...nulls.map((s) => byKey.get(s.key)!.rules.after.any / byKey.get(s.key)!.runs));
  const ruleRow = (s: Scenario) => {
    const t = byKey.get(s.key)!;
    const cell = (rule: Rule) => percent(s.gap > 0 ? t.rules[rule].planted : t.rules[rule].any, t.runs);
    return `| ${s.label} | ${cell('before')} | ${cell('welch')} | ${cell('ownVariance')} | **${cell('after')}** |`;
  };
  const powerRow = (s: Scenario) => {
    const t = byKey.get(s.key)!;
    const found = (rule: Rule) => percent(t.rules[rule].planted, t.runs);
    const cells = [found('before'), `**${found('after')}**`, percent(t.callable, t.runs), percent(t.rules.after.elsewhere, t.runs)];
    return `| ${s.label} | ${cells.join(' | ')} | ${percent(t.plantedShared, t.runs)} |`;
  };
  const critical = [
    [4, 44],
    [20, 100],
    [40, 160],
    [40, 4000],
  ].map(([groups, df]) => {
    const pairs = (groups! * (groups! - 1)) / 2;
    const level = FALSE_DISCOVERY_RATE / SCALE_ITEMS;
    const tukey = studentizedRangeQuantile(level, groups!, df!) / Math.SQRT2;
    const bonferroni = studentTQuantile(1 - level / (2 * pairs), df!);
    return `| ${groups} | ${df} | ${tukey.toFixed(3)} | ${bonferroni.toFixed(3)} | ${((bonferroni / tukey - 1) * 100).toFixed(2)} % |`;
  });

  console.log(`## Chance: false fault lines and power

Method: \`scripts/bench/chance.ts\` (rules it compares: \`chance-rules.ts\`). Each partnership is simulated
from the instrument's items in the sections with fault lines (${SECTIONS.join(', ')}: ${SCALE_ITEMS} scale items and the drives) with
synthetic answers (\`db/seed/synthetic.ts\`, seeded: answers spread around a position with an SD of about 0.9
on 7 points and 0.6 on 5, 4 % "don't know" on agreement items, 10 % of optional items skipped), summed
exactly as the submit path sums them (\`aggregateResponses\`, k = 5) and analysed by \`buildReport\`.
**No real differences**: every partner draws from one and the same distribution (one position per item,
anywhere on its scale, and the others see each partner as it sees itself), so every fault line is chance.
${RUNS} partnerships per shape; a share of 5 % has a binomial standard error of 1.5 points at ${RUNS} runs.
"Before" is the rule without chance control (a pair that passes the conflict rule on its own is a conflict);
"after" is the report's rule (Benjamini–Hochberg at ${FALSE_DISCOVERY_RATE * 100} % over items, Holm within; docs/alignment.md §4),
both on the same partnerships. ${threads} worker threads, ${seconds.toFixed(0)} s in all.

**Reports with at least one fault line, before → after** (goal: at most 5 % for every shape; worst after: ${(100 * worst).toFixed(1)} %):

${header()}
${grid((t) => `${percent(t.rules.before.any, t.runs)} → **${percent(t.rules.after.any, t.runs)}**`)}

**Reports with a notable perception gap, before → after** (a family of its own, also held to ${FALSE_DISCOVERY_RATE * 100} %; the
same kind of partnerships with the perception section added, every partner rating every other):

${header(PERCEPTION_RESPONDENTS)}
${grid((t) => `${percent(t.notableBefore, t.runs)} → **${percent(t.notableAfter, t.runs)}**`, PERCEPTION_RESPONDENTS, 'perceptions ')}

**Shared ground: items per report** (every item is truly shared here; equivalence must be shown for every
pair, so it gets rarer as partners are added, never more frequent by chance):

${header()}
${grid((t) => (t.sharedGround / t.runs).toFixed(1))}

**Planted fault lines** (goal: found in at least 80 % of runs). Partners 0 and 1 lean ${'±'}half the gap around
the midpoint of \`${PLANTED}\` (7 points); everyone else, and every other item, from one distribution.
"Found": that pair is a conflict on that item. "Both callable": neither planted partner is divided (r_wg ≥ 0.70)
on the item, which any rule with the divided-partner rule needs: the ceiling. "Elsewhere": the report also
shows a fault line on another item (chance). "Shared ground": the planted item is listed as shared ground,
a false claim of equivalence (the last two rows plant a gap of exactly the conflict size to test that).

| planted gap | before | after | both callable (ceiling) | after: chance fault line elsewhere | planted item as shared ground |
|---|---|---|---|---|---|
${planted.map(powerRow).join('\n')}

**Rules compared** on the same partnerships: false fault-line rate (no real differences) or share found
(planted). "Welch + Games–Howell": Welch's ANOVA per item, Benjamini–Hochberg across items, then Games–Howell
at the selected level; "own variance": the report's rule with each pair's own pooled variance instead of
the item's.

| shape | before | Welch + Games–Howell | own variance | after (the report) |
|---|---|---|---|---|
${[...nulls.filter((s) => s.rules), ...planted].map(ruleRow).join('\n')}

**Bonferroni against Tukey's studentized range** at the level one fault line among ${SCALE_ITEMS} items needs
(${FALSE_DISCOVERY_RATE} / ${SCALE_ITEMS} per item): the |t| a pair needs within its item. Holm's step-down starts from Bonferroni's value.

| partners | error df | Tukey (exact range) | Bonferroni | Bonferroni higher by |
|---|---|---|---|---|
${critical.join('\n')}
`);
}

// Last, so that every declaration above exists when the work starts.
if (!isMainThread) {
  parentPort!.on('message', ({ index, from, to }: { index: number; from: number; to: number }) => {
    parentPort!.postMessage({ index, tally: simulate(index, from, to) });
  });
} else {
  await main();
}
