/**
 * Abuse: guessing links, hammering one link, overfilling an open link, and the headers that keep the
 * API from being framed, sniffed or cached.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { currentInstrument } from '../../core/instrument';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { client, createPartnership, raw, respondentLinks, submissionId } from './client';

const answers = (seed: number) =>
  syntheticAnswers({
    instrument: currentInstrument,
    sections: ['drives', 'culture', 'values', 'readiness'],
    otherPartnerIds: [],
    random: seededRandom(seed),
  });
const from = (address: string) => ({ 'cf-connecting-ip': address });

/**
 * The limiter counts in fixed windows of its period. Starting a burst right after a window begins
 * keeps it inside one window, so the test does not depend on where the clock happens to be.
 */
async function startOfWindow(periodSeconds: number) {
  const period = periodSeconds * 1000;
  if (period - (Date.now() % period) < period / 2) await new Promise((resolve) => setTimeout(resolve, period - (Date.now() % period) + 20));
}

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
