/**
 * Sending invitations as the platform runs locally (`wrangler dev`, as `npm start` runs it): each
 * message lands in the local outbox as an .eml a mail program opens, one per person with their own
 * link; and after the batch, neither the database (every table) nor anything wrangler, workerd or
 * the Worker printed (at the debug log level) holds any address.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { api, createPartnership, issueLinks } from '../../scripts/local/api';
import { readEml } from '../../scripts/local/outbox';
import { executeLocalSql, freePort, LOCAL_SENDER, type LocalServer, startLocalServer } from '../../scripts/local/server';

const persistTo = mkdtempSync(join(tmpdir(), 'samenwaarde-mail-'));
let server: LocalServer | undefined;

afterAll(async () => {
  await server?.stop();
  rmSync(persistTo, { recursive: true, force: true });
});

const people = ['jan.jansen@rivierstad.example', 'ann.devries@rivierstad.example', 'mo.haddad@onbekend.invalid'];
const replyTo = 'hr.afdeling@rivierstad.example';

describe('sending from the running platform', () => {
  it('writes one .eml per person to the local outbox and keeps no address in the database or any log line', async () => {
    server = await startLocalServer({ port: await freePort(), persistTo, logLevel: 'debug' });
    const partnership = await createPartnership(server.url, {
      english: { nameEn: 'Work in the neighbourhood', challengeEn: 'More people in work' },
    });
    const links = await issueLinks(server.url, partnership.organiserSecret, {
      scope: 'respondent_single',
      surveyId: partnership.surveyId,
      partnerId: partnership.partnerIds[0]!,
      count: 3,
    });
    const organiser = api(server.url, partnership.organiserSecret, 'en');
    // Under local development the page is told where the outbox is.
    expect((await (await organiser.organiser.$get()).json()).mail).toEqual({ sending: true, outbox: server.outbox.url });

    const res = await organiser.organiser.surveys[':surveyId'].mail.$post({
      param: { surveyId: partnership.surveyId },
      json: {
        letter: 'invitation',
        replyTo,
        messages: links.map((l, i) => ({ linkId: l.id, to: people[i]!, language: i === 1 ? 'en' : 'nl' })),
      },
    });
    expect(res.status).toBe(200);
    expect((await res.json()).results).toEqual([
      { linkId: links[0]!.id, outcome: 'sent' },
      { linkId: links[1]!.id, outcome: 'sent' },
      { linkId: links[2]!.id, outcome: 'failed', reason: 'address_suppressed' },
    ]);

    // The outbox: one message per person who got one, with their own link, in their language.
    const files = readdirSync(join(persistTo, 'outbox')).sort();
    expect(files).toHaveLength(2);
    const [dutch, english] = files.map((f) => readFileSync(join(persistTo, 'outbox', f), 'utf8'));
    for (const [eml, i] of [
      [dutch!, 0],
      [english!, 1],
    ] as const) {
      const read = readEml(eml);
      expect(read.header('To')).toBe(people[i]);
      expect(read.header('Reply-To')).toBe(replyTo);
      expect(read.header('From')).toBe(`Samenwaarde <${LOCAL_SENDER}>`);
      expect(read.text).toContain(`${server.url}/respond#${links[i]!.secret}`);
      expect(eml).toContain('Content-Type: multipart/alternative');
    }
    expect(readEml(dutch!).header('Subject')).toBe('Uitnodiging: de vragenlijst van "Werk in de wijk"');
    expect(readEml(english!).header('Subject')).toBe('Invitation: the survey of "Work in the neighbourhood"');
    expect(readEml(english!).text).toContain('Dear colleague,');
    const page = await (await fetch(server.outbox.url)).text();
    expect(page).toContain('Invitation: the survey of &quot;Work in the neighbourhood&quot;');

    // Nothing else holds an address: not a table of the database, not a line of any log.
    const tables = executeLocalSql<{ name: string }>(
      persistTo,
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'",
    );
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['mail_sends', 'audit_events']));
    const stored = JSON.stringify(executeLocalSql(persistTo, tables.map(({ name }) => `SELECT * FROM "${name}";`).join(' ')));
    expect(stored).toContain(links[0]!.id); // every table was read: the links are there…
    // The Worker's log lines reach wrangler's output a moment after the response.
    const deadline = Date.now() + 15_000;
    while (!server.output().includes('mail_not_sent') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    const logs = server.output();
    expect(logs).toContain('"codes":["E_RECIPIENT_SUPPRESSED"]'); // the refusal was logged, as a code…
    for (const address of [...people, replyTo]) {
      for (const part of [address, ...address.split('@')]) {
        expect(stored).not.toContain(part);
        expect(logs).not.toContain(part); // …and no address was
      }
    }
  });

  it('stops a batch when the service itself refuses, and counts nothing that did not go', async () => {
    const partnership = await createPartnership(server!.url);
    const links = await issueLinks(server!.url, partnership.organiserSecret, {
      scope: 'respondent_single',
      surveyId: partnership.surveyId,
      partnerId: partnership.partnerIds[1]!,
      count: 3,
    });
    // The service's daily quota for the account is used up (the outbox answers as the service would).
    await fetch(`${server!.outbox.url}/refuse-next`, { method: 'POST', body: JSON.stringify({ code: 'E_DAILY_LIMIT_EXCEEDED' }) });
    const before = readdirSync(join(persistTo, 'outbox')).length;
    const res = await api(server!.url, partnership.organiserSecret).organiser.surveys[':surveyId'].mail.$post({
      param: { surveyId: partnership.surveyId },
      json: {
        letter: 'invitation',
        replyTo,
        messages: links.map((l, i) => ({ linkId: l.id, to: `collega.${i}@linde.example`, language: 'nl' })),
      },
    });
    expect((await res.json()).results.map((r) => ('reason' in r ? r.reason : r.outcome))).toEqual([
      'service_busy',
      'service_busy',
      'service_busy',
    ]);
    expect(readdirSync(join(persistTo, 'outbox'))).toHaveLength(before);
    const counted = executeLocalSql<{ n: number }>(
      persistTo,
      `SELECT count(*) AS n FROM mail_sends WHERE survey_id = '${partnership.surveyId}'`,
    );
    expect(counted[0]!.n).toBe(0);
  });
});
