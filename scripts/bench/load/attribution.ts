/**
 * Where a request's CPU goes in the local runtime, by kind of request: respondents one at a time (no
 * queue, so no waiting counts), each phase of the protocol (open, each draft save, submit) timed by the
 * runtime workerd's CPU around it, on three Workers: Samenwaarde, the minimal Worker, and the minimal
 * Worker behind the same assets layer as Samenwaarde (`scripts/bench/minimal/wrangler.assets.toml`).
 * The third says how much of the gap between the first two is the assets router every request passes
 * before an API Worker that also serves its app (the Cloudflare SPA + Worker shape), and how much is
 * Samenwaarde's own. One pass of 200 respondents moves by a few tenths of a millisecond a request
 * from pass to pass (the runtime's own timers, collection and checkpoints fall where they fall), so
 * the Workers take turns over several rounds and each figure is the median of its rounds.
 */
import { cpuSeconds, localRuntime } from '../../local/runtime';
import { DRAFT_SAVES, draftAnswers, type Respondent } from './protocol';
import { RESPONDENTS, type Target } from './targets';

/** Respondents per Worker (all of a prepared survey's): CPU time comes in 10 ms ticks, this many average them out. */
export const ATTRIBUTION_RESPONDENTS = RESPONDENTS;

/** Runtime CPU milliseconds per request, by phase: `open`, `draft 1` … `draft n`, `submit`. */
export type Attribution = ReadonlyMap<string, number>;

/** Rounds of the three Workers in turn; each figure is the median of its rounds. */
export const ATTRIBUTION_ROUNDS = 5;

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Each target's runtime CPU per request by kind: the median over ATTRIBUTION_ROUNDS rounds, the targets in turn in each. */
export async function attributeInTurn(targets: readonly Target[]): Promise<Attribution[]> {
  const measured: Attribution[][] = targets.map(() => []);
  for (let round = 0; round < ATTRIBUTION_ROUNDS; round++) {
    for (const [i, target] of targets.entries()) measured[i]!.push(await attribute(target, 100 + round));
  }
  return measured.map((rounds) => new Map([...rounds[0]!.keys()].map((kind) => [kind, median(rounds.map((r) => r.get(kind) ?? 0))])));
}

/** One pass: runtime CPU per request of each kind, respondents one at a time. */
async function attribute(target: Target, seed: number): Promise<Attribution> {
  const { respondents } = await target.prepare(seed);
  const chosen = respondents.slice(0, ATTRIBUTION_RESPONDENTS);
  const runtime = localRuntime(target.server);
  const perRequest = new Map<string, number>();
  const phase = async (name: string, call: (respondent: Respondent, index: number) => Promise<Response>) => {
    const before = cpuSeconds(runtime).runtime;
    for (const [index, respondent] of chosen.entries()) {
      const res = await call(respondent, index);
      await res.text();
      if (!res.ok) throw new Error(`${target.name}, ${name}: HTTP ${res.status}`);
    }
    perRequest.set(name, ((cpuSeconds(runtime).runtime - before) * 1000) / chosen.length);
  };
  const ids = chosen.map(() => crypto.randomUUID().replaceAll('-', ''));
  await phase('open', (r) => r.client.open());
  for (let save = 1; save <= DRAFT_SAVES; save++) {
    await phase(`draft ${save}`, (r, i) =>
      r.client.draft({ submissionId: ids[i]!, language: 'nl', answers: draftAnswers(r.answers, save) }),
    );
  }
  await phase('submit', (r, i) => r.client.submit({ submissionId: ids[i]!, language: 'nl', answers: r.answers }));
  return perRequest;
}
