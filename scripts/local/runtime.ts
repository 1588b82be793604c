/**
 * The processes `wrangler dev` runs a Worker in, found under /proc (Linux only): wrangler itself
 * (Node), the proxy workerd the client talks to, and the runtime workerd that runs the Worker (the
 * one started with an inspector address). The load bench reads their CPU time around each run; a
 * system test stalls the runtime as a loaded machine would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { LocalServer } from './server';

export interface LocalRuntime {
  readonly wrangler: number;
  readonly proxy: number;
  readonly runtime: number;
}

/** Parent pid and CPU ticks (user + system) of a process, from /proc/<pid>/stat. */
function stat(pid: number): { parent: number; ticks: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined; // ended while we looked
  }
}

/** Every process's parent, from /proc. */
function parentsOfAll(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (/^\d+$/.test(entry)) parents.set(Number(entry), stat(Number(entry))?.parent ?? 0);
  }
  return parents;
}

/** The workerd processes started, directly or not, by process `root`, with their command lines. */
export function workerdsUnder(root: number, parents = parentsOfAll()): { pid: number; command: string[] }[] {
  const under = (pid: number): boolean => pid === root || (pid > 1 && under(parents.get(pid) ?? 0));
  return [...parents.keys()]
    .filter((pid) => pid !== root && under(pid))
    .map((pid) => ({ pid, command: readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0') }))
    .filter(({ command }) => command[0]?.endsWith('/workerd'));
}

export function localRuntime(server: LocalServer): LocalRuntime {
  const root = server.process.pid!;
  const parents = parentsOfAll();
  const workerds = workerdsUnder(root, parents);
  const runtime = workerds.find(({ command }) => command.some((arg) => arg.startsWith('--inspector-addr')));
  const proxy = workerds.find((w) => w !== runtime);
  if (!runtime || !proxy) throw new Error(`wrangler ${root} runs no proxy and runtime workerd`);
  // `npm exec`-style launchers put wrangler's own Node process under the one we started.
  const wrangler = parents.get(proxy.pid) ?? root;
  return { wrangler, proxy: proxy.pid, runtime: runtime.pid };
}

/** CPU seconds each of the processes has used so far. */
export function cpuSeconds(processes: LocalRuntime): Record<keyof LocalRuntime, number> {
  const ticksPerSecond = 100; // USER_HZ on Linux
  const of = (pid: number) => (stat(pid)?.ticks ?? 0) / ticksPerSecond;
  return { wrangler: of(processes.wrangler), proxy: of(processes.proxy), runtime: of(processes.runtime) };
}

/** Resident memory in MB of each of the processes now (VmRSS). */
export function residentMb(processes: LocalRuntime): Record<keyof LocalRuntime, number> {
  const of = (pid: number) => {
    try {
      return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    } catch {
      return 0;
    }
  };
  return { wrangler: of(processes.wrangler), proxy: of(processes.proxy), runtime: of(processes.runtime) };
}
