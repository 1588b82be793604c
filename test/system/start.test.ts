/**
 * `npm start` as a person (or a process supervisor) uses it: started again on another PORT, it
 * prints the demo's links with the port it now runs on; and a SIGTERM, to the npm process or to its
 * whole process group, ends wrangler and workerd too, so the port is free again.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, root } from '../../scripts/local/server';

const stateDir = mkdtempSync(join(tmpdir(), 'samenwaarde-start-'));
const started: ChildProcess[] = [];

interface Started {
  readonly npm: ChildProcess;
  readonly exited: Promise<void>;
  /** The demo links `npm start` printed, one per line after "Demo partnership links:". */
  readonly links: string[];
}

/** Runs `npm start` in a process group of its own (as a terminal would) and waits for the links it prints. */
async function npmStart(port: number): Promise<Started> {
  const npm = spawn('npm', ['start'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), SAMENWAARDE_STATE_DIR: stateDir, npm_config_update_notifier: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  started.push(npm);
  const exited = new Promise<void>((resolve) => npm.once('exit', () => resolve()));
  let output = '';
  npm.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 150_000;
  for (;;) {
    const links = (output.split('Demo partnership links:\n')[1] ?? '')
      .split('\n')
      .filter((line) => /^(Organiser|Report|Respondent)/.test(line));
    if (links.length === 6) return { npm, exited, links };
    if (npm.exitCode !== null || Date.now() > deadline) throw new Error(`npm start printed no links:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** True once something can listen on the port again. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** Whether any process of the group is still alive (signal 0 checks without sending anything). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

afterAll(() => {
  for (const npm of started) if (npm.pid && groupAlive(npm.pid)) process.kill(-npm.pid, 'SIGKILL');
  rmSync(stateDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('prints the demo links with the port it runs on, and a SIGTERM to npm or to its group frees the port', async () => {
    const firstPort = await freePort();
    const first = await npmStart(firstPort);
    expect(
      first.links.every((line) => line.includes(`http://localhost:${firstPort}/`)),
      first.links.join('\n'),
    ).toBe(true);
    const page = await fetch(first.links[1]!.replace(/^Report: /, '').split('#')[0]!);
    expect(page.status).toBe(200);

    // SIGTERM to the npm process only, as a process supervisor sends it.
    first.npm.kill('SIGTERM');
    await first.exited;
    await until(() => portIsFree(firstPort), `port ${firstPort} is free`);
    await until(() => !groupAlive(first.npm.pid!), 'no process of the first npm start is left');

    // Again on another port: the same demo (the same secrets), printed with the new port.
    let secondPort = await freePort();
    while (secondPort === firstPort) secondPort = await freePort();
    const second = await npmStart(secondPort);
    const withoutOrigin = (line: string) => line.replace(/http:\/\/localhost:\d+/, '');
    expect(second.links.map(withoutOrigin)).toEqual(first.links.map(withoutOrigin));
    expect(
      second.links.every((line) => line.includes(`http://localhost:${secondPort}/`)),
      second.links.join('\n'),
    ).toBe(true);
    expect(second.links.join('\n')).not.toContain(String(firstPort));

    // SIGTERM to the whole process group, as a terminal or CI runner sends it.
    process.kill(-second.npm.pid!, 'SIGTERM');
    await second.exited;
    await until(() => portIsFree(secondPort), `port ${secondPort} is free`);
    await until(() => !groupAlive(second.npm.pid!), 'no process of the second npm start is left');
  });
});
