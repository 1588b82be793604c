/**
 * The typed API client (Hono RPC) pointed at the real Worker in this workerd isolate, plus helpers
 * to set up a partnership the way an organiser would.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { hc } from 'hono/client';
import type { AppType } from '../../worker/app';
import handler from '../../worker/index';

/**
 * Calls the Worker's own fetch handler with the test's bindings (real D1, real limiters). Going
 * through `exports.default` instead grows slower with every request in this pool version (it
 * reaches a stack overflow after a few thousand), so the fuzz tests call the handler directly.
 */
const worker = {
  async fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const ctx = createExecutionContext();
    const response = await handler.fetch(new Request(input, init), env, ctx);
    await waitOnExecutionContext(ctx);
    return response;
  },
};

/**
 * A client that sends the given link secret as `Authorization: Bearer`, from an address of its own
 * (as different people are): the rate limits count per address, and the tests that are about them
 * send the address explicitly.
 */
export function client(secret?: string, language: 'nl' | 'en' = 'en') {
  const address = `198.18.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 254) + 1}`;
  return hc<AppType>('http://samenwaarde.test', {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => worker.fetch(input, init),
    headers: { 'accept-language': language, 'cf-connecting-ip': address, ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
  }).api;
}

/** A raw request to the Worker, for bodies the typed client would never send. */
export function raw(path: string, init: RequestInit & { secret?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.secret) headers.set('authorization', `Bearer ${init.secret}`);
  if (!headers.has('accept-language')) headers.set('accept-language', 'en');
  return worker.fetch(`http://samenwaarde.test${path}`, { ...init, headers });
}

export const demoPartners = [
  { name: 'Gemeente Rivierstad', sector: 'public' as const },
  { name: 'Zorggroep De Linde', sector: 'civil_society' as const },
  { name: 'Bouwbedrijf Van Dam', sector: 'private' as const },
];

/** Creates a partnership with three partners and an open survey; returns the organiser's view. */
export async function createPartnership(
  options: {
    sections?: string[];
    minGroupSize?: number;
    partners?: { name: string; sector: (typeof demoPartners)[number]['sector'] | 'civil_society'; expectedStaff?: number }[];
  } = {},
) {
  const res = await client().partnerships.$post({
    json: {
      partnership: {
        name: 'Werk in de wijk',
        challenge: 'Meer mensen aan het werk',
        collaborationFunction: 'operational_alignment',
        horizon: '2030',
      },
      partners: options.partners ?? demoPartners,
      survey: {
        title: 'Nulmeting',
        sections: (options.sections ?? ['drives', 'culture', 'values', 'readiness']) as never,
        languages: ['nl', 'en'],
        minGroupSize: options.minGroupSize ?? 3,
      },
    },
  });
  if (res.status !== 201) throw new Error(`creating a partnership failed: ${res.status} ${await res.text()}`);
  const created = await res.json();
  return { ...created, surveyId: created.surveyId!, api: client(created.organiserSecret) };
}

/**
 * Issues respondent links for one partner. An open link without `maxUses` is made without a cap,
 * explicitly (`maxUses: null`): tests that are about caps give one.
 */
export async function respondentLinks(
  organiserSecret: string,
  surveyId: string,
  partnerId: string,
  scope: 'respondent_open' | 'respondent_single',
  count = 1,
  maxUses?: number,
) {
  const res = await client(organiserSecret).organiser.links.$post({
    json: { scope, surveyId, partnerId, count, ...(scope === 'respondent_open' ? { maxUses: maxUses ?? null } : {}) },
  });
  if (res.status !== 201) throw new Error(`issuing links failed: ${res.status} ${await res.text()}`);
  return (await res.json()).links.map((l) => l.secret);
}

/** A unique client submission id, as the respondent app makes one. */
export const submissionId = () => crypto.randomUUID().replaceAll('-', '');

/**
 * The limiter counts in fixed windows of its period. Starting a burst right after a window begins
 * keeps it inside one window, so the test does not depend on where the clock happens to be.
 */
export async function startOfWindow(periodSeconds: number) {
  const period = periodSeconds * 1000;
  if (period - (Date.now() % period) < period / 2) await new Promise((resolve) => setTimeout(resolve, period - (Date.now() % period) + 20));
}
