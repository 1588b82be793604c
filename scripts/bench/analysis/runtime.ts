/**
 * The overview's CPU in workerd, the runtime the Worker runs on, beside cpu.ts's figures from Node:
 * this machine's Node 20 has an older V8 than workerd, and the figures differ. The Worker in
 * runtime-worker.ts (bundled with esbuild, run by Miniflare) runs one step per request, one request
 * at a time; each request's CPU is read from outside, from /proc/<pid>/task/<tid>/schedstat of the
 * workerd process (nanoseconds on the CPU per thread, Linux only): on the thread that ran the
 * request's JavaScript (the one that used the most CPU during it), and on all of workerd's threads
 * together, which adds the garbage collector's helper threads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { workerdsUnder } from '../../local/runtime';
import { root } from '../../local/server';
import { RUNS, type Timing, timingOf } from './cpu';

/** The steps runtime-worker.ts serves, one request each; `idle` is a request that does nothing, the floor. */
export const RUNTIME_STEPS = ['idle', 'computed', 'parse', 'analysis', 'parse-objects', 'stored', 'served', 'send'] as const;
export type RuntimeStep = (typeof RUNTIME_STEPS)[number];

/** One request's CPU, in ms. */
interface RequestCpu {
  /** The thread that ran the request's JavaScript. */
  readonly thread: number;
  /** Every thread of the workerd process. */
  readonly process: number;
}

export interface RuntimeFigures {
  /** The thread that ran the request's JavaScript. */
  readonly thread: Readonly<Record<RuntimeStep, Timing>>;
  /** Every thread of the workerd process. */
  readonly process: Readonly<Record<RuntimeStep, Timing>>;
  /** The first overview computed in the isolate, before any warm-up: its code not yet optimised. */
  readonly firstComputed: RequestCpu;
}

/** Warm-up requests of each step before it is timed (see `measureRuntimeCpu`). */
export const RUNTIME_WARM_UP = 60;

/** Nanoseconds on the CPU so far, per thread of `pid`. */
function threadCpu(pid: number): Map<string, number> {
  const threads = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      threads.set(tid, Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]));
    } catch {
      // The thread ended while we looked: what it used is gone with it.
    }
  }
  return threads;
}

/** The workerd process Miniflare started for this one. */
function workerdChild(): number {
  const workerds = workerdsUnder(process.pid);
  if (workerds.length !== 1) throw new Error(`expected one workerd under ${process.pid}, found ${workerds.length}`);
  return workerds[0]!.pid;
}

const compatibilityDate = () => /^compatibility_date\s*=\s*"([^"]+)"/m.exec(readFileSync(`${root}wrangler.toml`, 'utf8'))![1]!;

export async function measureRuntimeCpu(perPartner: number): Promise<RuntimeFigures> {
  const bundle = await build({
    entryPoints: [`${root}scripts/bench/analysis/runtime-worker.ts`],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
  });
  const mf = new Miniflare({
    modules: [{ type: 'ESModule', path: 'worker.js', contents: bundle.outputFiles[0]!.text }],
    compatibilityDate: compatibilityDate(),
  });
  try {
    await mf.ready;
    const workerd = workerdChild();
    const prepared = await mf.dispatchFetch(`http://bench/prepare?perPartner=${perPartner}`, { method: 'POST' });
    if (!prepared.ok) throw new Error(`prepare: ${prepared.status} ${await prepared.text()}`);
    await prepared.text();
    const request = async (step: RuntimeStep) => {
      const response = await mf.dispatchFetch(`http://bench/${step}`);
      if (!response.ok) throw new Error(`${step}: ${response.status} ${await response.text()}`);
      await response.text();
    };
    const timed = async (step: RuntimeStep): Promise<RequestCpu> => {
      const before = threadCpu(workerd);
      await request(step);
      const after = threadCpu(workerd);
      let busiest = 0;
      let sum = 0;
      for (const [tid, ns] of after) {
        const used = ns - (before.get(tid) ?? 0);
        busiest = Math.max(busiest, used);
        sum += used;
      }
      return { thread: busiest / 1e6, process: sum / 1e6 };
    };
    const firstComputed = await timed('computed');
    // Preparing leaves the synthetic responses' garbage (some 20 MB) for the collector: 20 rounds of
    // every step first, so its collection is not charged to whichever step happens to come first.
    for (let round = 0; round < 20; round++) for (const step of RUNTIME_STEPS) await request(step);
    const thread = {} as Record<RuntimeStep, Timing>;
    const whole = {} as Record<RuntimeStep, Timing>;
    for (const step of RUNTIME_STEPS) {
      const onThread: number[] = [];
      const inProcess: number[] = [];
      // More warm-up than cpu.ts's 20 runs: after 20, a step's first ten requests here still took
      // up to twice its usual CPU while the isolate settled (the optimising compiler still at work
      // on the analysis, the garbage of the steps before still being collected). How a release's
      // very first build in an isolate fares is `firstComputed`.
      for (let run = 0; run < RUNTIME_WARM_UP + RUNS; run++) {
        const cpu = await timed(step);
        if (run < RUNTIME_WARM_UP) continue;
        onThread.push(cpu.thread);
        inProcess.push(cpu.process);
      }
      thread[step] = timingOf(onThread);
      whole[step] = timingOf(inProcess);
    }
    return { thread, process: whole, firstComputed };
  } finally {
    await mf.dispose();
  }
}
