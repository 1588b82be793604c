/**
 * Abuse: guessing links, hammering one link, overfilling an open link, creating partnerships,
 * links and drafts without end (the abuse row of issue 12), reaching another survey with a report
 * link, and the headers that keep the API from being framed, sniffed or cached.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { currentInstrument } from '../../core/instrument';
import { MAX_LINKS_PER_REQUEST, MAX_LINKS_PER_SURVEY } from '../../core/schemas/links';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { client, createPartnership, raw, respondentLinks, startOfWindow, submissionId } from './client';

const answers = (seed: number) =>
  syntheticAnswers({
    instrument: currentInstrument,
    sections: ['drives', 'culture', 'values', 'readiness'],
    otherPartnerIds: [],
    random: seededRandom(seed),
  });
const from = (address: string) => ({ 'cf-connecting-ip': address });

describe('abuse limits', () => {
  it('stops an address that keeps trying unknown links with 429, and no one else', async () => {
    await startOfWindow(60);
    const statuses: number[] = [];
    for (let i = 0; i < 35; i++)
      statuses.push(
        (await raw('/api/respond', { secret: `${'G'.repeat(20)}${String(i).padStart(4, '0')}`, headers: from('203.0.113.7') })).status,
      );
    expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429, 429, 429, 429]);
    const limited = await raw('/api/respond', { secret: 'G'.repeat(24), headers: from('203.0.113.7') });
    expect(limited.headers.get('retry-after')).toBe('10');
    expect(await limited.json()).toMatchObject({ error: { code: 'too_many_requests', message: expect.stringContaining('Wait a moment') } });
    expect((await raw('/api/respond', { secret: 'G'.repeat(24), headers: from('203.0.113.8') })).status).toBe(404);
  }, 60_000);

  it('limits one address on one respondent link, leaving other links alone', async () => {
    const p = await createPartnership();
    const [busy, other] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 'respondent_open', 2);
    await startOfWindow(10);
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++) statuses.push((await raw('/api/respond', { secret: busy, headers: from('203.0.113.20') })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(120);
    expect(statuses.slice(120)).toEqual([429, 429, 429, 429, 429]);
    expect((await raw('/api/respond', { secret: other, headers: from('203.0.113.20') })).status).toBe(200);
  }, 30_000);

  it('accepts no more responses on an open link than its cap', async () => {
    const p = await createPartnership();
    const [capped] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[1]!, 'respondent_open', 1, 2);
    const results = await Promise.all(
      [41, 42, 43].map((seed) =>
        client(capped).respond.submit.$post({ json: { submissionId: submissionId(), language: 'nl', answers: answers(seed) } }),
      ),
    );
    expect(results.map((r) => r.status as number).sort()).toEqual([201, 201, 409]);
    const refused = results.find((r) => (r.status as number) === 409)!;
    expect(await refused.json()).toMatchObject({ error: { code: 'link_full' } });
    const stored = await env.DB.prepare('SELECT count(*) AS n FROM responses WHERE survey_id = ?').bind(p.surveyId).first<{ n: number }>();
    expect(stored!.n).toBe(2);
    expect(await (await client(capped).respond.$get()).json()).toMatchObject({ state: 'full' });
  });

  it('limits how many partnerships one address creates, leaving other addresses alone', async () => {
    await startOfWindow(60);
    const create = (address: string) =>
      raw('/api/partnerships', {
        method: 'POST',
        headers: { ...from(address), 'content-type': 'application/json' },
        body: JSON.stringify({
          partnership: { name: 'Spam', challenge: 'Spam', collaborationFunction: 'procurement', horizon: '2030' },
          partners: [
            { name: 'A', sector: 'public' },
            { name: 'B', sector: 'public' },
          ],
        }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await create('203.0.113.50')).status);
    console.info(`partnerships created by one address in a burst of 25: ${statuses.filter((s) => s === 201).length}`);
    expect(statuses.filter((s) => s === 201).length).toBeLessThan(25);
    expect(statuses.at(-1)).toBe(429);
    expect((await create('203.0.113.51')).status).toBe(201);
  }, 90_000);

  it('caps the links of one survey in total, not only per request', async () => {
    const p = await createPartnership();
    const issue = () =>
      p.api.organiser.links.$post({
        json: { scope: 'respondent_single', surveyId: p.surveyId, partnerId: p.partnerIds[0]!, count: MAX_LINKS_PER_REQUEST },
      });
    const statuses: number[] = [];
    for (let i = 0; i <= MAX_LINKS_PER_SURVEY / MAX_LINKS_PER_REQUEST; i++) statuses.push((await issue()).status);
    const issued = await env.DB.prepare('SELECT count(*) AS n FROM capability_links WHERE survey_id = ?')
      .bind(p.surveyId)
      .first<{ n: number }>();
    console.info(`links issued for one survey: ${issued!.n}`);
    expect(statuses.at(-1)).toBe(409);
    expect(issued!.n).toBe(MAX_LINKS_PER_SURVEY);
  }, 120_000);

  it('bounds the drafts one open link can make', async () => {
    const p = await createPartnership();
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 'respondent_open', 1, 5);
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++)
      statuses.push(
        (
          await raw('/api/respond/draft', {
            method: 'PUT',
            secret,
            headers: { ...from(`198.51.100.${i}`), 'content-type': 'application/json' },
            body: JSON.stringify({ submissionId: submissionId(), language: 'nl', answers: {} }),
          })
        ).status,
      );
    const drafts = await env.DB.prepare('SELECT count(*) AS n FROM drafts WHERE survey_id = ?').bind(p.surveyId).first<{ n: number }>();
    console.info(`drafts one open link (cap 5) made from 60 new submission ids: ${drafts!.n}`);
    expect(statuses.at(-1)).toBe(409);
    expect(drafts!.n).toBeLessThan(60);
  }, 60_000);

  it('deletes the draft of a single-use link when the link is revoked', async () => {
    const p = await createPartnership();
    const res = await p.api.organiser.links.$post({
      json: { scope: 'respondent_single', surveyId: p.surveyId, partnerId: p.partnerIds[0]! },
    });
    const [link] = (await res.json()).links;
    await client(link!.secret).respond.draft.$put({ json: { submissionId: submissionId(), language: 'nl', answers: answers(7) } });
    const count = async () =>
      (await env.DB.prepare('SELECT count(*) AS n FROM drafts WHERE id = ?').bind(link!.id).first<{ n: number }>())!.n;
    expect(await count()).toBe(1);
    expect((await p.api.organiser.links[':id'].revoke.$post({ param: { id: link!.id } })).status).toBe(200);
    expect(await count()).toBe(0);
  });

  it('lets a report link read only the survey it was made for', async () => {
    const p = await createPartnership();
    const second = (
      await (
        await p.api.organiser.surveys.$post({
          json: { title: 'Vervolg', sections: ['drives', 'culture', 'values', 'readiness'], languages: ['nl'] },
        })
      ).json()
    ).survey;
    const [link] = (await (await p.api.organiser.links.$post({ json: { scope: 'report', surveyId: p.surveyId } })).json()).links;
    expect((await raw(`/api/report?surveyId=${p.surveyId}`, { secret: link!.secret })).status).toBe(200);
    for (const path of [`/api/report?surveyId=${second.id}`, `/api/report/comments?surveyId=${second.id}`])
      expect((await raw(path, { secret: link!.secret })).status, path).toBe(404);
    // The organiser reads both.
    expect((await raw(`/api/report?surveyId=${second.id}`, { secret: p.organiserSecret })).status).toBe(200);
  });

  it('sends security headers and no-store on every API answer', async () => {
    const p = await createPartnership();
    for (const res of [
      await raw('/api/instrument/1'),
      await raw('/api/organiser', { secret: p.organiserSecret }),
      await raw('/api/nowhere'),
    ]) {
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    }
    expect((await raw('/api/organiser', { secret: p.organiserSecret })).headers.get('cache-control')).toBe('no-store');
    expect((await raw('/api/instrument/1')).headers.get('cache-control')).toContain('immutable');
  });
});
