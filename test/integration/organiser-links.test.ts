/**
 * Links an organiser can see again, and only an organiser: sealed under the partnership's data key,
 * which each organiser link holds wrapped under its own secret. Attacks from the database alone,
 * from another partnership's organiser, from a revoked organiser link and by swapping rows; the
 * hand-over to a second organiser link, and the audit list of who did what.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { secretSealer, unwrapDataKey } from '../../worker/access/vault';
import { client, createPartnership, raw } from './client';
import { answersFor, respond } from './stored';

type Api = ReturnType<typeof client>;
type NewLinks = Parameters<Api['organiser']['links']['$post']>[0]['json'];

/** Issues links; an open link gets a cap of 50 unless it names one (these partners have no staff number). */
async function issue(secret: string, json: NewLinks) {
  const res = await client(secret).organiser.links.$post({
    json: json.scope === 'respondent_open' && json.maxUses === undefined ? { ...json, maxUses: 50 } : json,
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()).links;
}

const show = (secret: string, ids: string[]) => client(secret).organiser.links.show.$post({ json: { ids } });

async function shown(secret: string, ids: string[]) {
  const res = await show(secret, ids);
  expect(res.status).toBe(200);
  return Object.fromEntries((await res.json()).links.map((l) => [l.id, l.secret]));
}

/** Every row of every table the app keeps, as D1 hands them to anyone holding the database. */
async function everyRow(): Promise<Record<string, unknown>[]> {
  const { results: tables } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
  ).all<{ name: string }>();
  const rows: Record<string, unknown>[] = [];
  for (const { name } of tables) rows.push(...(await env.DB.prepare(`SELECT * FROM "${name}"`).all()).results);
  return rows;
}

const hexBytes = (hex: string) => Uint8Array.from(hex.match(/../g)!.map((h) => Number.parseInt(h, 16)));

describe('links an organiser can see again', () => {
  it('shows an open, report and contact link again, and after a re-issue the new one', async () => {
    const p = await createPartnership();
    const [open] = await issue(p.organiserSecret, {
      scope: 'respondent_open',
      surveyId: p.surveyId,
      partnerId: p.partnerIds[0]!,
      label: 'poster',
    });
    const [report] = await issue(p.organiserSecret, { scope: 'report', surveyId: p.surveyId, label: 'stuurgroep' });
    const [contact] = await issue(p.organiserSecret, { scope: 'partner_contact', partnerId: p.partnerIds[1]! });
    const view = await (await p.api.organiser.$get()).json();
    expect(view.links.filter((l) => l.scope !== 'organiser').every((l) => l.canShowAgain)).toBe(true);
    // Organiser links are each their holder's own: never kept to be shown again.
    expect(view.links.find((l) => l.scope === 'organiser')).toMatchObject({ canShowAgain: false, label: null });

    expect(await shown(p.organiserSecret, [open!.id, report!.id, contact!.id])).toEqual({
      [open!.id]: open!.secret,
      [report!.id]: report!.secret,
      [contact!.id]: contact!.secret,
    });

    const reissued = await p.api.organiser.links[':id'].reissue.$post({ param: { id: open!.id } });
    const { link: fresh } = await reissued.json();
    expect(await shown(p.organiserSecret, [open!.id, fresh.id])).toEqual({ [fresh.id]: fresh.secret });
    expect((await client(fresh.secret).respond.$get()).status).toBe(200);
    // Revoked: the sealed secret is wiped, not only hidden.
    const old = await env.DB.prepare('SELECT sealed_secret FROM capability_links WHERE id = ?').bind(open!.id).first();
    expect(old).toEqual({ sealed_secret: null });
  });

  it('gives the personal links of a batch again, and records that as an export', async () => {
    const p = await createPartnership();
    const batch = await issue(p.organiserSecret, {
      scope: 'respondent_single',
      surveyId: p.surveyId,
      partnerId: p.partnerIds[2]!,
      count: 500,
    });
    const again = await shown(
      p.organiserSecret,
      batch.map((l) => l.id),
    );
    expect(again).toEqual(Object.fromEntries(batch.map((l) => [l.id, l.secret])));
    const { events } = await (await p.api.organiser.audit.$get()).json();
    expect(events[0]).toMatchObject({ action: 'exported', scope: 'respondent_single', partnerId: p.partnerIds[2], count: 500 });
  });

  it('keeps nothing in the database that opens a link: not the hashes, not the salts, not the sealed values', async () => {
    const p = await createPartnership();
    const secrets = [
      p.organiserSecret,
      ...(await issue(p.organiserSecret, { scope: 'respondent_open', surveyId: p.surveyId, partnerId: p.partnerIds[0]! })),
      ...(await issue(p.organiserSecret, { scope: 'respondent_single', surveyId: p.surveyId, partnerId: p.partnerIds[0]!, count: 3 })),
      ...(await issue(p.organiserSecret, { scope: 'report', surveyId: p.surveyId })),
      ...(await issue(p.organiserSecret, { scope: 'organiser', label: 'Fatima (HR)' })),
    ].map((l) => (typeof l === 'string' ? l : l.secret));
    const dump = JSON.stringify(await everyRow());
    for (const secret of secrets) expect(dump).not.toContain(secret);

    // An insider with the database tries what it holds as keys: every hash as an organiser secret,
    // every hash's bytes as the data key. Nothing opens.
    const { results: links } = await env.DB.prepare('SELECT id, token_hash, sealed_secret FROM capability_links WHERE partnership_id = ?')
      .bind(p.partnershipId)
      .all<{ id: string; token_hash: string; sealed_secret: string | null }>();
    const { results: copies } = await env.DB.prepare('SELECT link_id, salt, wrapped_key FROM organiser_keys WHERE partnership_id = ?')
      .bind(p.partnershipId)
      .all<{ link_id: string; salt: string; wrapped_key: string }>();
    expect(copies).toHaveLength(2);
    for (const copy of copies) {
      for (const link of links) {
        const guess = { partnershipId: p.partnershipId, linkId: copy.link_id, secret: link.token_hash };
        expect(await unwrapDataKey({ salt: copy.salt, wrappedKey: copy.wrapped_key }, guess)).toBeUndefined();
      }
    }
    for (const link of links.filter((l) => l.sealed_secret)) {
      for (const other of links) {
        const sealer = await secretSealer(hexBytes(other.token_hash), p.partnershipId);
        expect(await sealer.open(link.id, link.sealed_secret!)).toBeUndefined();
      }
    }
  });

  it("does not open for another partnership's organiser link, nor with rows swapped", async () => {
    const a = await createPartnership();
    const b = await createPartnership();
    const [aOpen] = await issue(a.organiserSecret, { scope: 'respondent_open', surveyId: a.surveyId, partnerId: a.partnerIds[0]! });
    const [bOpen] = await issue(b.organiserSecret, { scope: 'respondent_open', surveyId: b.surveyId, partnerId: b.partnerIds[0]! });

    const refused = await show(b.organiserSecret, [aOpen!.id]);
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({ error: { code: 'not_in_partnership' } });

    // B's organiser secret does not unwrap A's data key, whichever row it is tried on.
    const aCopy = await env.DB.prepare('SELECT link_id, salt, wrapped_key FROM organiser_keys WHERE partnership_id = ?')
      .bind(a.partnershipId)
      .first<{ link_id: string; salt: string; wrapped_key: string }>();
    const wrapped = { salt: aCopy!.salt, wrappedKey: aCopy!.wrapped_key };
    expect(
      await unwrapDataKey(wrapped, { partnershipId: a.partnershipId, linkId: aCopy!.link_id, secret: b.organiserSecret }),
    ).toBeUndefined();
    expect(
      await unwrapDataKey(wrapped, { partnershipId: a.partnershipId, linkId: aCopy!.link_id, secret: a.organiserSecret }),
    ).toBeDefined();

    // A's sealed secret copied onto B's link row, or onto another row of A: neither shows it.
    const sealedOf = async (id: string) =>
      (await env.DB.prepare('SELECT sealed_secret FROM capability_links WHERE id = ?').bind(id).first<{ sealed_secret: string }>())!
        .sealed_secret;
    const [aSecond] = await issue(a.organiserSecret, { scope: 'report', surveyId: a.surveyId });
    await env.DB.prepare('UPDATE capability_links SET sealed_secret = ? WHERE id = ?')
      .bind(await sealedOf(aOpen!.id), bOpen!.id)
      .run();
    await env.DB.prepare('UPDATE capability_links SET sealed_secret = ? WHERE id = ?')
      .bind(await sealedOf(aOpen!.id), aSecond!.id)
      .run();
    expect(await shown(b.organiserSecret, [bOpen!.id])).toEqual({});
    expect(await shown(a.organiserSecret, [aSecond!.id, aOpen!.id])).toEqual({ [aOpen!.id]: aOpen!.secret });
  });
});

describe('a hand-over to a second organiser link', () => {
  it('asks for a label, then works with the same links; revoked, it opens nothing', async () => {
    const p = await createPartnership();
    const unlabelled = await raw('/api/organiser/links', {
      method: 'POST',
      secret: p.organiserSecret,
      headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
      body: JSON.stringify({ scope: 'organiser' }),
    });
    expect(unlabelled.status).toBe(400);
    expect(await unlabelled.json()).toMatchObject({
      error: {
        message:
          'Niet alles is goed ingevuld. Omschrijving: geef de organisatorlink een omschrijving, bijvoorbeeld de naam van uw collega.',
      },
    });

    const [colleague] = await issue(p.organiserSecret, { scope: 'organiser', label: 'Fatima (HR)' });
    const [open] = await issue(p.organiserSecret, { scope: 'respondent_open', surveyId: p.surveyId, partnerId: p.partnerIds[0]! });
    // The colleague sees the link the first organiser made, and the first sees what the colleague makes.
    expect(await shown(colleague!.secret, [open!.id])).toEqual({ [open!.id]: open!.secret });
    const [theirs] = await issue(colleague!.secret, { scope: 'report', surveyId: p.surveyId, label: 'bestuur' });
    expect(await shown(p.organiserSecret, [theirs!.id])).toEqual({ [theirs!.id]: theirs!.secret });

    // The first organiser hands over and the colleague revokes the old organiser link (not their own).
    const { ownLinkId: first } = await (await p.api.organiser.$get()).json();
    expect((await client(colleague!.secret).organiser.links[':id'].revoke.$post({ param: { id: first } })).status).toBe(200);
    expect((await p.api.organiser.$get()).status).toBe(404);
    const copies = await env.DB.prepare('SELECT link_id FROM organiser_keys WHERE partnership_id = ?').bind(p.partnershipId).all();
    expect(copies.results).toEqual([{ link_id: colleague!.id }]);
    expect(await shown(colleague!.secret, [open!.id])).toEqual({ [open!.id]: open!.secret });

    // Revoked in turn by a third organiser link, the colleague's secret opens nothing: no copy is left for it.
    const [third] = await issue(colleague!.secret, { scope: 'organiser', label: 'Joost' });
    expect((await client(third!.secret).organiser.links[':id'].revoke.$post({ param: { id: colleague!.id } })).status).toBe(200);
    expect((await show(colleague!.secret, [open!.id])).status).toBe(404);
    const left = await env.DB.prepare('SELECT link_id FROM organiser_keys WHERE link_id = ?').bind(colleague!.id).all();
    expect(left.results).toEqual([]);
  });

  it('re-issues a lost organiser link from another one, with its own copy of the key', async () => {
    const p = await createPartnership();
    const [colleague] = await issue(p.organiserSecret, { scope: 'organiser', label: 'Fatima (HR)' });
    const [open] = await issue(p.organiserSecret, { scope: 'respondent_open', surveyId: p.surveyId, partnerId: p.partnerIds[0]! });
    const res = await p.api.organiser.links[':id'].reissue.$post({ param: { id: colleague!.id } });
    const { link: renewed } = await res.json();
    expect(renewed).toMatchObject({ scope: 'organiser', label: 'Fatima (HR)' });
    expect((await client(colleague!.secret).organiser.$get()).status).toBe(404);
    expect(await shown(renewed.secret, [open!.id])).toEqual({ [open!.id]: open!.secret });
  });

  it('gives a partnership made before links were kept its key on first use; an older second organiser link cannot show links', async () => {
    const p = await createPartnership();
    const [colleague] = await issue(p.organiserSecret, { scope: 'organiser', label: 'Fatima (HR)' });
    // As the database of a partnership made before this version: no key copies, nothing sealed.
    await env.DB.prepare('DELETE FROM organiser_keys WHERE partnership_id = ?').bind(p.partnershipId).run();
    await env.DB.prepare('UPDATE capability_links SET sealed_secret = NULL WHERE partnership_id = ?').bind(p.partnershipId).run();

    const [open] = await issue(p.organiserSecret, { scope: 'respondent_open', surveyId: p.surveyId, partnerId: p.partnerIds[0]! });
    expect(await shown(p.organiserSecret, [open!.id])).toEqual({ [open!.id]: open!.secret });
    const refused = await show(colleague!.secret, [open!.id]);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: { code: 'cannot_show_links' } });
    // A new organiser link made by the first one holds a copy again.
    const [renewed] = await issue(p.organiserSecret, { scope: 'organiser', label: 'Fatima (HR), nieuw' });
    expect(await shown(renewed!.secret, [open!.id])).toEqual({ [open!.id]: open!.secret });
  });
});

describe('the audit list', () => {
  it('records each action with the day and the organiser link that did it, and nothing of a respondent', async () => {
    const p = await createPartnership();
    const [colleague] = await issue(p.organiserSecret, { scope: 'organiser', label: 'Fatima (HR)' });
    const fatima = client(colleague!.secret).organiser;
    const [open] = await issue(colleague!.secret, { scope: 'respondent_open', surveyId: p.surveyId, partnerId: p.partnerIds[0]! });
    const singles = await issue(p.organiserSecret, {
      scope: 'respondent_single',
      surveyId: p.surveyId,
      partnerId: p.partnerIds[1]!,
      count: 4,
    });
    await client(singles[0]!.secret).respond.submit.$post({
      json: { submissionId: crypto.randomUUID().replaceAll('-', ''), language: 'nl', answers: answersFor(7) },
    });
    await respond(p.organiserSecret, p.surveyId, p.partnerIds[2]!, 3);
    const survey = fatima.surveys[':surveyId'];
    const param = { surveyId: p.surveyId };
    expect((await fatima.links[':id'].reissue.$post({ param: { id: open!.id } })).status).toBe(201);
    expect((await fatima.links[':id'].revoke.$post({ param: { id: singles[3]!.id } })).status).toBe(200);
    expect(
      (
        await show(
          colleague!.secret,
          singles.map((l) => l.id),
        )
      ).status,
    ).toBe(200);
    expect((await survey.$patch({ param, json: { closesOn: '2099-12-31' } })).status).toBe(200);
    expect((await survey.close.$post({ param })).status).toBe(200);
    expect((await survey.reopen.$post({ param })).status).toBe(200);
    expect((await p.api.report.export.$get({ query: { surveyId: p.surveyId, lang: 'nl' } })).status).toBe(200);
    expect((await survey.responses.$delete({ param, json: { confirm: 'Nulmeting' } })).status).toBe(200);

    const { events } = await (await p.api.organiser.audit.$get()).json();
    const today = new Date().toISOString().slice(0, 10);
    const firstId = (await (await p.api.organiser.$get()).json()).ownLinkId;
    const by = (e: (typeof events)[number]) => (e.actorLinkId === firstId ? 'first' : e.actorLabel);
    expect(events.map((e) => [e.action, e.scope, by(e), e.count]).reverse()).toEqual([
      ['issued', 'organiser', 'first', 1],
      ['survey_created', null, 'first', null],
      ['issued', 'organiser', 'first', 1],
      ['issued', 'respondent_open', 'Fatima (HR)', 1],
      ['issued', 'respondent_single', 'first', 4],
      ['issued', 'respondent_open', 'first', 1],
      ['reissued', 'respondent_open', 'Fatima (HR)', null],
      ['revoked', 'respondent_single', 'Fatima (HR)', null],
      // Three live personal links shown again (the revoked one is not).
      ['exported', 'respondent_single', 'Fatima (HR)', 3],
      ['settings_changed', null, 'Fatima (HR)', null],
      ['closed', null, 'Fatima (HR)', null],
      ['reopened', null, 'Fatima (HR)', null],
      ['exported', null, 'first', null],
      ['responses_deleted', null, 'Fatima (HR)', null],
    ]);
    expect(events.every((e) => e.day === today)).toBe(true);
    // The day, never a time; no answer, no secret.
    const columns = await env.DB.prepare("SELECT name FROM pragma_table_info('audit_events')").all<{ name: string }>();
    expect(columns.results.map((c) => c.name)).toEqual([
      'seq',
      'partnership_id',
      'day',
      'action',
      'actor_link_id',
      'link_id',
      'scope',
      'survey_id',
      'partner_id',
      'count',
    ]);
    const listed = JSON.stringify(events);
    for (const secret of [p.organiserSecret, colleague!.secret, ...singles.map((l) => l.secret)]) expect(listed).not.toContain(secret);

    // Another partnership sees none of it.
    const other = await createPartnership();
    const { events: theirs } = await (await other.api.organiser.audit.$get()).json();
    expect(theirs.map((e) => e.action)).toEqual(['survey_created', 'issued']);
  });
});

describe('the preview', () => {
  it('tells the organiser what a respondent of that partner is told, for its own partners only', async () => {
    const p = await createPartnership();
    const [link] = await issue(p.organiserSecret, { scope: 'respondent_open', surveyId: p.surveyId, partnerId: p.partnerIds[1]! });
    const asRespondent = await (await client(link!.secret).respond.$get()).json();
    const preview = await p.api.organiser.surveys[':surveyId'].preview.$get({
      param: { surveyId: p.surveyId },
      query: { partnerId: p.partnerIds[1]! },
    });
    expect(await preview.json()).toEqual(asRespondent);

    const other = await createPartnership();
    const foreign = await p.api.organiser.surveys[':surveyId'].preview.$get({
      param: { surveyId: p.surveyId },
      query: { partnerId: other.partnerIds[0]! },
    });
    expect(foreign.status).toBe(404);
  });
});

describe('the report header', () => {
  it("carries the partnership's function, horizon and its partners' sectors", async () => {
    const p = await createPartnership();
    const res = await p.api.report.$get({ query: {} });
    const body = await res.json();
    expect(body.partnership).toMatchObject({
      collaborationFunction: 'operational_alignment',
      horizon: '2030',
      sectors: ['public', 'civil_society', 'private'],
    });
  });
});
