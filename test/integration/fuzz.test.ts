/**
 * Bad input, on every API route the app defines (read from the Hono app itself, so a new route is
 * fuzzed without touching this file): malformed JSON, wrong types, unknown ids, oversized bodies and
 * script- or SQL-looking strings, with every kind of link. Never a 5xx, never a partial write.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { api as app, MAX_BODY_BYTES } from '../../worker/app';
import { createPartnership, raw, respondentLinks } from './client';

const tables = ['partnerships', 'partners', 'surveys', 'capability_links', 'drafts', 'responses', 'comments', 'aggregates', 'progress'];

async function snapshot(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = (await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>())!.n;
  return counts;
}

const hostile = ['<script>alert(1)</script>', "'; DROP TABLE responses; --", '" OR 1=1 --', '{{7*7}}', '\u0000', 'é'.repeat(3000)];
const wrongTypes: unknown[] = [null, 42, 'text', [], [1, 2], true, { answers: 'x' }, { submissionId: 7, language: 'xx', answers: [] }];
const routes = app.routes.filter((r) => r.method !== 'ALL').map((r) => ({ method: r.method, path: r.path }));
const unique = [...new Map(routes.map((r) => [`${r.method} ${r.path}`, r])).values()];

/** Fills `:param` segments with an id that exists nowhere (or a hostile string). */
const concrete = (path: string, filler: string) => path.replace(/:[A-Za-z]+/g, encodeURIComponent(filler));

let secrets: Record<string, string | undefined>;
let requestCount = 0;

/** Each request comes from its own documentation-range address, so abuse limits don't blur the result. */
async function send(method: string, path: string, secret: string | undefined, body?: string, contentType = 'application/json') {
  requestCount++;
  const headers: Record<string, string> = { 'cf-connecting-ip': `198.51.100.${requestCount % 250}` };
  if (body !== undefined) headers['content-type'] = contentType;
  const res = await raw(path, { method, secret, headers, body: method === 'GET' || method === 'HEAD' ? undefined : body });
  const text = await res.text();
  return { status: res.status, text };
}

beforeAll(async () => {
  const p = await createPartnership();
  const [open] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 'respondent_open');
  const [single] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[1]!, 'respondent_single');
  const report = await (
    await raw('/api/organiser/links', {
      method: 'POST',
      secret: p.organiserSecret,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scope: 'report', surveyId: p.surveyId }),
    })
  ).json<{ links: { secret: string }[] }>();
  secrets = {
    none: undefined,
    garbage: 'not-a-secret',
    unknown: 'A'.repeat(24),
    organiser: p.organiserSecret,
    report: report.links[0]!.secret,
    open,
    single,
  };
});

describe('fuzzing every API route', () => {
  it('finds routes to fuzz', () => {
    expect(unique.length).toBeGreaterThanOrEqual(8);
  });

  it('never answers 5xx and never writes for malformed, mistyped or unknown input', async () => {
    const before = await snapshot();
    const bodies = [undefined, '{', '{"a":', 'not json', ...wrongTypes.map((t) => JSON.stringify(t))];
    const cases: { method: string; path: string; who: string; secret?: string; body?: string }[] = [];
    for (const route of unique) {
      const fillers = route.path.includes(':') ? ['00000000-0000-4000-8000-000000000000', "1' OR '1'='1", '../../etc/passwd'] : [''];
      // One link of every kind the route might see (the single-use link behaves as the open one here).
      for (const [who, secret] of Object.entries(secrets).filter(([who]) => who !== 'single')) {
        for (const filler of fillers) {
          const path = concrete(route.path, filler);
          if (route.method === 'GET') {
            for (const query of ['', '?surveyId=%27%3B--&submissionId=%3Cscript%3E&lang=xx'])
              cases.push({ method: 'GET', path: path + query, who, secret });
          } else {
            for (const body of bodies) cases.push({ method: route.method, path, who, secret, body });
          }
        }
      }
    }
    const failures: string[] = [];
    // Sent twenty at a time: concurrency is part of the test, and it keeps the run short.
    for (let i = 0; i < cases.length; i += 20) {
      await Promise.all(
        cases.slice(i, i + 20).map(async ({ method, path, who, secret, body }) => {
          const res = await send(method, path, secret, body);
          if (res.status >= 500) failures.push(`${method} ${path} as ${who} with ${body}: ${res.status} ${res.text.slice(0, 200)}`);
          if (res.status >= 400 && !/^\{"error":\{"code":"[a-z_]+","message":"/.test(res.text))
            failures.push(`${method} ${path} as ${who}: error not in the error shape: ${res.text.slice(0, 120)}`);
        }),
      );
    }
    expect(cases.length).toBeGreaterThan(300);
    expect(failures).toEqual([]);
    // Every one of those requests was invalid: nothing stored may have changed.
    expect(await snapshot()).toEqual(before);
  }, 120_000);

  it('refuses an oversized body with 413 on every route that takes one, and stores nothing', async () => {
    const before = await snapshot();
    const huge = JSON.stringify({ answers: { 'culture.control_trust': 'x'.repeat(MAX_BODY_BYTES) } });
    for (const route of unique.filter((r) => r.method !== 'GET')) {
      for (const secret of [secrets.organiser, secrets.open]) {
        const res = await send(route.method, concrete(route.path, '00000000-0000-4000-8000-000000000000'), secret, huge);
        expect(res.status, `${route.method} ${route.path}`).toBe(413);
        expect(JSON.parse(res.text)).toMatchObject({ error: { code: 'body_too_large' } });
      }
    }
    expect(await snapshot()).toEqual(before);
  }, 60_000);

  it('stores script- and SQL-looking text as plain data, and refuses overlong text with 400', async () => {
    for (const text of hostile) {
      const res = await send(
        'POST',
        '/api/partnerships',
        undefined,
        JSON.stringify({
          partnership: {
            name: text.slice(0, 160),
            challenge: text.slice(0, 1000),
            collaborationFunction: 'procurement',
            horizon: text.slice(0, 200),
          },
          partners: [
            { name: text.slice(0, 120), sector: 'public' },
            { name: 'B', sector: 'private' },
          ],
        }),
      );
      if (text.trim() === '' || text === '\u0000') {
        expect(res.status).toBeLessThan(500);
        continue;
      }
      expect(res.status, res.text).toBe(201);
      const { partnershipId } = JSON.parse(res.text) as { partnershipId: string };
      const row = await env.DB.prepare('SELECT name FROM partnerships WHERE id = ?').bind(partnershipId).first<{ name: string }>();
      expect(row!.name).toBe(text.slice(0, 160).trim());
    }
    expect((await env.DB.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'responses'").first<{ n: number }>())!.n).toBe(1);

    const before = await snapshot();
    const overlong = await send(
      'POST',
      '/api/respond/submit',
      secrets.open,
      JSON.stringify({ submissionId: 'a'.repeat(20), language: 'nl', answers: { 'open.success': 'x'.repeat(2001) } }),
    );
    expect(overlong.status).toBe(400);
    expect(await snapshot()).toEqual(before);
  }, 60_000);
});
