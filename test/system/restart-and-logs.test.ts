/**
 * The platform as it runs (`wrangler dev`: workerd, assets, a local D1 on disk): a runtime restart
 * between draft and submit loses nothing, and no link secret ever appears in a log line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { currentInstrument } from '../../core/instrument';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { api, createPartnership, issueLinks } from '../../scripts/local/api';
import { executeLocalSql, freePort, type LocalServer, startLocalServer } from '../../scripts/local/server';

const persistTo = mkdtempSync(join(tmpdir(), 'samenwaarde-system-'));
const port = await freePort();
const sections = ['drives', 'culture', 'values', 'readiness'] as const;
const servers: LocalServer[] = [];

async function start() {
  const server = await startLocalServer({ port, persistTo });
  servers.push(server);
  return server;
}

afterAll(async () => {
  for (const server of servers) await server.stop();
  rmSync(persistTo, { recursive: true, force: true });
});

describe('the running platform', () => {
  it('keeps a draft across a runtime restart and stores the submit once, with no secret in any log line', async () => {
    const first = await start();
    const partnership = await createPartnership(first.url);
    const [link] = await issueLinks(first.url, partnership.organiserSecret, {
      scope: 'respondent_single',
      surveyId: partnership.surveyId,
      partnerId: partnership.partnerIds[0]!,
      count: 1,
      maxUses: null,
    });
    const answers = syntheticAnswers({ instrument: currentInstrument, sections, otherPartnerIds: [], random: seededRandom(5) });
    const submissionId = crypto.randomUUID().replaceAll('-', '');
    expect((await api(first.url, link!.secret).respond.draft.$put({ json: { submissionId, language: 'nl', answers } })).status).toBe(200);
    const secretsSeen = [partnership.organiserSecret, link!.secret];

    // Errors that get logged: an unknown link, a malformed body, and a database fault.
    expect((await api(first.url, 'x'.repeat(24)).respond.$get()).status).toBe(404);
    expect(
      (
        await fetch(`${first.url}/api/respond/submit`, {
          method: 'POST',
          headers: { authorization: `Bearer ${link!.secret}`, 'content-type': 'application/json' },
          body: '{',
        })
      ).status,
    ).toBe(400);
    const firstLog = first.output();
    await first.stop();

    const second = await start();
    const resumed = await (
      await api(second.url, link!.secret).respond.draft.$get({ query: { submissionId: 'another-device-00000' } })
    ).json();
    expect(resumed.draft).toEqual({ submissionId, language: 'nl', answers });

    executeLocalSql(persistTo, "CREATE TRIGGER fail_submit BEFORE INSERT ON responses BEGIN SELECT RAISE(ABORT, 'injected fault'); END;");
    const failed = await api(second.url, link!.secret).respond.submit.$post({ json: { submissionId, language: 'nl', answers } });
    expect(failed.status as number).toBe(500);
    executeLocalSql(persistTo, 'DROP TRIGGER fail_submit;');

    const submitted = await api(second.url, link!.secret).respond.submit.$post({ json: { submissionId, language: 'nl', answers } });
    expect(submitted.status).toBe(201);
    const rows = executeLocalSql<{ n: number }>(
      persistTo,
      `SELECT count(*) AS n FROM responses WHERE survey_id = '${partnership.surveyId}'`,
    );
    expect(rows[0]!.n).toBe(1);

    // Pages carry the strict Content-Security-Policy and the usual security headers too.
    for (const path of ['/', '/respond', '/report', '/organise']) {
      const page = await fetch(`${second.url}${path}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    }

    const logs = firstLog + second.output();
    expect(logs).toContain('injected fault'); // the fault was logged…
    for (const secret of secretsSeen) expect(logs).not.toContain(secret); // …and no secret was
  });
});
