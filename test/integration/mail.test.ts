/**
 * Sending invitations and reminders from the platform, on the real Worker with the local runtime's
 * Email Service binding (set up like an account that may send only to verified addresses:
 * vitest.config.ts) and a real D1: one
 * message per person, no address in any table or in anything the Worker logs, and the limits
 * against misuse — organiser links only, a few sends per link, a survey's day, a rate per link.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAIL_PER_STAFF_PER_DAY, MAIL_SENDS_PER_LINK } from '../../core/schemas/mail';
import handler from '../../worker/index';
import { client, createPartnership, raw, startOfWindow, submissionId } from './client';
import { answersFor } from './stored';

/** The `i`-th address the pool's binding may send to (vitest.config.ts): made up, at a reserved domain. */
const verifiedAddress = (i: number) => env.TEST_VERIFIED_ADDRESSES[i]!;

type Partnership = Awaited<ReturnType<typeof createPartnership>>;

/** Personal links for one partner: their ids and secrets. */
async function personalLinks(p: Partnership, partner: number, count: number) {
  const res = await p.api.organiser.links.$post({
    json: { scope: 'respondent_single', surveyId: p.surveyId, partnerId: p.partnerIds[partner]!, count },
  });
  expect(res.status).toBe(201);
  return (await res.json()).links.map((l) => ({ id: l.id, secret: l.secret }));
}

const REPLY_TO = 'hr.afdeling@rivierstad.example';

/** One batch to the mail route as the organiser page sends it. */
function mail(secret: string, surveyId: string, messages: { linkId: string; to: string; language?: 'nl' | 'en' }[], letter = 'invitation') {
  return raw(`/api/organiser/surveys/${surveyId}/mail`, {
    method: 'POST',
    secret,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ letter, replyTo: REPLY_TO, messages: messages.map((m) => ({ language: 'nl', ...m })) }),
  });
}

interface Sent {
  results: { linkId: string; outcome: 'sent' | 'failed'; reason?: string }[];
  today: { sent: number; limit: number };
}

/** How many messages the survey sent, as the database counts them. */
const sends = async (surveyId: string) =>
  (await env.DB.prepare('SELECT count(*) AS n FROM mail_sends WHERE survey_id = ?').bind(surveyId).first<{ n: number }>())!.n;

/** Every row of every table, as text: what a copy of the database would give away. */
async function wholeDatabase(): Promise<string> {
  const { results: tables } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'",
  ).all<{ name: string }>();
  const dump: unknown[] = [];
  for (const { name } of tables) dump.push(name, (await env.DB.prepare(`SELECT * FROM "${name}"`).all()).results);
  expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['mail_sends', 'audit_events', 'capability_links']));
  return JSON.stringify(dump);
}

/** Everything the Worker writes to its log (every console method the lint rules allow it) while a test runs. */
let logged: string[] = [];
beforeEach(() => {
  logged = [];
  for (const level of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(
        args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '),
      );
    });
  }
});
afterEach(() => vi.restoreAllMocks());

describe('sending invitations from the platform', () => {
  it('sends one message per person, says per person what happened, and keeps no address anywhere', async () => {
    const p = await createPartnership();
    const links = await personalLinks(p, 0, 5);
    const refused = 'niet.geverifieerd@elders.example';
    const people = [verifiedAddress(1), verifiedAddress(2), refused, verifiedAddress(3), verifiedAddress(4)];
    const res = await mail(
      p.organiserSecret,
      p.surveyId,
      links.map((l, i) => ({ linkId: l.id, to: people[i]!, language: i % 2 === 0 ? 'nl' : 'en' })),
    );
    expect(res.status).toBe(200);
    const body = await res.json<Sent>();
    expect(body.results).toEqual([
      { linkId: links[0]!.id, outcome: 'sent' },
      { linkId: links[1]!.id, outcome: 'sent' },
      { linkId: links[2]!.id, outcome: 'failed', reason: 'address_refused' },
      { linkId: links[3]!.id, outcome: 'sent' },
      { linkId: links[4]!.id, outcome: 'sent' },
    ]);
    // The answer never repeats an address: the page has them.
    expect(JSON.stringify(body)).not.toMatch(/@/);

    // Only the four that went count, per link and in the audit list (as a number).
    const counted = await env.DB.prepare('SELECT link_id FROM mail_sends WHERE survey_id = ? ORDER BY seq').bind(p.surveyId).all();
    expect(counted.results.map((r) => r.link_id)).toEqual([links[0]!.id, links[1]!.id, links[3]!.id, links[4]!.id]);
    const audit = await (await p.api.organiser.audit.$get()).json();
    expect(audit.events.find((e) => e.action === 'invitations_sent')).toMatchObject({
      count: 4,
      surveyId: p.surveyId,
      partnerId: p.partnerIds[0],
    });

    // No address (nor any part of one) in any table or in anything the Worker logged; the refusal is logged as a code.
    const stored = await wholeDatabase();
    const everything = [...people, REPLY_TO];
    const parts = everything.flatMap((a) => a.split('@'));
    for (const part of [...everything, ...parts]) {
      expect(stored).not.toContain(part);
      expect(logged.join('\n')).not.toContain(part);
    }
    expect(logged.join('\n')).toContain('"codes":["E_RECIPIENT_NOT_ALLOWED"]');
  });

  it('adds a day’s sends of one kind into one audit row, and reminders apart', async () => {
    const p = await createPartnership();
    const links = await personalLinks(p, 1, 3);
    for (const [i, link] of links.entries()) await mail(p.organiserSecret, p.surveyId, [{ linkId: link.id, to: verifiedAddress(10 + i) }]);
    await mail(p.organiserSecret, p.surveyId, [{ linkId: links[0]!.id, to: verifiedAddress(10) }], 'reminder');
    const events = (await (await p.api.organiser.audit.$get()).json()).events;
    expect(events.filter((e) => e.action === 'invitations_sent').map((e) => e.count)).toEqual([3]);
    expect(events.filter((e) => e.action === 'reminders_sent').map((e) => e.count)).toEqual([1]);
  });

  it('sends nothing to a link that was answered or revoked, and each link a few times at most', async () => {
    const p = await createPartnership();
    const [answered, revoked, often] = await personalLinks(p, 0, 3);
    const submit = await client(answered!.secret).respond.submit.$post({
      json: { submissionId: submissionId(), language: 'nl', answers: answersFor(1) },
    });
    expect(submit.status).toBe(201);
    expect((await p.api.organiser.links[':id'].revoke.$post({ param: { id: revoked!.id } })).status).toBe(200);

    const outcomes: string[] = [];
    for (let i = 0; i <= MAIL_SENDS_PER_LINK; i++) {
      const body = await (
        await mail(
          p.organiserSecret,
          p.surveyId,
          [answered!, revoked!, often!].map((l, j) => ({ linkId: l.id, to: verifiedAddress(20 + j) })),
          'reminder',
        )
      ).json<Sent>();
      expect(body.results.slice(0, 2).map((r) => r.reason)).toEqual(['already_answered', 'link_revoked']);
      outcomes.push(body.results[2]!.reason ?? body.results[2]!.outcome);
    }
    expect(outcomes).toEqual([...Array(MAIL_SENDS_PER_LINK).fill('sent'), 'sent_too_often']);
    const rows = await env.DB.prepare('SELECT link_id, count(*) AS n FROM mail_sends WHERE survey_id = ? GROUP BY link_id')
      .bind(p.surveyId)
      .all();
    expect(rows.results).toEqual([{ link_id: often!.id, n: MAIL_SENDS_PER_LINK }]);
  });

  it('sends at most the expected staff times a small factor per survey per day', async () => {
    const p = await createPartnership({
      partners: [
        { name: 'Gemeente Rivierstad', sector: 'public', expectedStaff: 4 },
        { name: 'Zorggroep De Linde', sector: 'civil_society', expectedStaff: 3 },
      ],
    });
    const limit = MAIL_PER_STAFF_PER_DAY * 7;
    const links = await personalLinks(p, 0, limit + 4);
    const send = (from: number, to: number) =>
      mail(
        p.organiserSecret,
        p.surveyId,
        links.slice(from, to).map((l, i) => ({ linkId: l.id, to: verifiedAddress(from + i) })),
      ).then((res) => res.json<Sent>());
    const first = await send(0, limit - 2);
    expect(first.results.every((r) => r.outcome === 'sent')).toBe(true);
    expect(first.today).toEqual({ sent: limit - 2, limit });
    // The batch that crosses the limit sends what fits, in order, and says the rest must wait.
    const second = await send(limit - 2, limit + 2);
    expect(second.results.map((r) => r.reason ?? r.outcome)).toEqual(['sent', 'sent', 'daily_limit', 'daily_limit']);
    expect(second.today).toEqual({ sent: limit, limit });
    const third = await send(limit + 2, limit + 4);
    expect(third.results.map((r) => r.reason)).toEqual(['daily_limit', 'daily_limit']);
    expect(await sends(p.surveyId)).toBe(limit);
  });

  it('lets only organiser links send, only for their own partnership’s personal links', async () => {
    const p = await createPartnership();
    const other = await createPartnership();
    const [own] = await personalLinks(p, 0, 1);
    const [foreign] = await personalLinks(other, 0, 1);
    const report = await p.api.organiser.links.$post({ json: { scope: 'report', surveyId: p.surveyId } });
    const contact = await p.api.organiser.links.$post({ json: { scope: 'partner_contact', partnerId: p.partnerIds[0]! } });
    const open = await p.api.organiser.links.$post({
      json: { scope: 'respondent_open', surveyId: p.surveyId, partnerId: p.partnerIds[0]!, maxUses: 5 },
    });
    for (const issued of [report, contact, open]) {
      const [link] = (await issued.json()).links;
      expect((await mail(link!.secret, p.surveyId, [{ linkId: own!.id, to: verifiedAddress(30) }])).status).toBe(404);
    }
    expect((await mail(own!.secret, p.surveyId, [{ linkId: own!.id, to: verifiedAddress(30) }])).status).toBe(404);
    // Another partnership's link, or an open link (not personal): refused whole, nothing sent.
    expect((await mail(p.organiserSecret, p.surveyId, [{ linkId: foreign!.id, to: verifiedAddress(30) }])).status).toBe(404);
    const [openLink] = (await (await p.api.organiser.$get()).json()).links.filter((l) => l.scope === 'respondent_open');
    expect((await mail(p.organiserSecret, p.surveyId, [{ linkId: openLink!.id, to: verifiedAddress(30) }])).status).toBe(404);
    expect((await mail(other.organiserSecret, p.surveyId, [{ linkId: own!.id, to: verifiedAddress(30) }])).status).toBe(404);
    expect(await sends(p.surveyId)).toBe(0);
  });

  it('refuses a whole batch that cannot be right: a closed survey, a language it does not offer, an address that is not one', async () => {
    const p = await createPartnership();
    const [link] = await personalLinks(p, 0, 1);
    const dutchOnly = await p.api.organiser.surveys.$post({
      json: { title: 'Alleen Nederlands', sections: ['drives', 'culture', 'values', 'readiness'], languages: ['nl'], minGroupSize: 3 },
    });
    const dutch = (await dutchOnly.json()).survey;
    const [dutchLink] = (
      await (
        await p.api.organiser.links.$post({ json: { scope: 'respondent_single', surveyId: dutch.id, partnerId: p.partnerIds[0]! } })
      ).json()
    ).links;
    const english = await mail(p.organiserSecret, dutch.id, [{ linkId: dutchLink!.id, to: verifiedAddress(40), language: 'en' }]);
    expect(english.status).toBe(400);
    expect(await english.json()).toMatchObject({ error: { code: 'language_not_offered' } });
    for (const to of ['twee@adressen.example, drie@adressen.example', 'kop\r\nBcc: x@y.example', 'geen-adres']) {
      const res = await mail(p.organiserSecret, p.surveyId, [{ linkId: link!.id, to }]);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { issues: [{ itemId: 'messages.0.to', code: 'email' }] } });
    }
    expect((await p.api.organiser.surveys[':surveyId'].close.$post({ param: { surveyId: p.surveyId } })).status).toBe(200);
    const closed = await mail(p.organiserSecret, p.surveyId, [{ linkId: link!.id, to: verifiedAddress(40) }]);
    expect(closed.status).toBe(409);
    expect(await closed.json()).toMatchObject({ error: { code: 'survey_closed' } });
    expect(await sends(p.surveyId)).toBe(0);
  });

  it('limits the rate of one organiser link, and leaves another organiser link alone', async () => {
    const p = await createPartnership();
    const [link] = await personalLinks(p, 0, 1);
    const colleague = await p.api.organiser.links.$post({ json: { scope: 'organiser', label: 'Collega' } });
    const [second] = (await colleague.json()).links;
    // Revoked, so the batches themselves send nothing: this is about the rate alone.
    await p.api.organiser.links[':id'].revoke.$post({ param: { id: link!.id } });
    await startOfWindow(60);
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++)
      statuses.push((await mail(p.organiserSecret, p.surveyId, [{ linkId: link!.id, to: verifiedAddress(50) }])).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    expect((await mail(second!.secret, p.surveyId, [{ linkId: link!.id, to: verifiedAddress(50) }])).status).toBe(200);
  }, 90_000);

  it('says so when the platform sends no mail, and never hands a message to anything but a local outbox', async () => {
    const p = await createPartnership();
    const [link] = await personalLinks(p, 0, 1);
    const withEnv = async (changed: Partial<Env>, path: string, init: RequestInit = {}) => {
      const ctx = createExecutionContext();
      const headers = { authorization: `Bearer ${p.organiserSecret}`, 'accept-language': 'en', 'content-type': 'application/json' };
      const res = await handler.fetch(new Request(`http://samenwaarde.test${path}`, { ...init, headers }), { ...env, ...changed }, ctx);
      await waitOnExecutionContext(ctx);
      return res;
    };
    const body = JSON.stringify({
      letter: 'invitation',
      replyTo: REPLY_TO,
      messages: [{ linkId: link!.id, to: verifiedAddress(55), language: 'nl' }],
    });
    const off = await withEnv({ MAIL_FROM: '' }, `/api/organiser/surveys/${p.surveyId}/mail`, { method: 'POST', body });
    expect(off.status).toBe(503);
    expect(await off.json()).toMatchObject({
      error: { code: 'mail_not_set_up', message: expect.stringContaining('Word, Outlook or Excel') },
    });
    expect((await (await withEnv({ MAIL_FROM: '' }, '/api/organiser')).json<{ mail: unknown }>()).mail).toEqual({
      sending: false,
      outbox: null,
    });
    expect((await (await p.api.organiser.$get()).json()).mail).toEqual({ sending: true, outbox: null });

    const elsewhere = await withEnv({ OUTBOX_URL: 'https://outbox.example' }, `/api/organiser/surveys/${p.surveyId}/mail`, {
      method: 'POST',
      body,
    });
    expect(elsewhere.status).toBe(500);
    expect(await sends(p.surveyId)).toBe(0);
    expect(logged.join('\n')).not.toContain(verifiedAddress(55));
  });
});
