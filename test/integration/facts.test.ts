/**
 * The organisation's stated facts and the value proposition per partner, through the real Worker and
 * D1: a partner contact states its own organisation's facts (and only its own), they are checked
 * against the survey's facts form and shown in the report with the partner's name; a survey of
 * version 1 has no such form; the value proposition of a shown partner comes on demand, and a partner
 * under k has none.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { instrumentV2 } from '../../core/instrument/v2';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { client, createPartnership, respondentLinks, submissionId } from './client';

async function contactLink(organiserSecret: string, surveyId: string, partnerId: string) {
  const res = await client(organiserSecret).organiser.links.$post({ json: { scope: 'partner_contact', surveyId, partnerId, count: 1 } });
  if (res.status !== 201) throw new Error(`issuing a contact link failed: ${res.status} ${await res.text()}`);
  return (await res.json()).links[0]!.secret;
}

describe('a partner’s stated facts', () => {
  it('are saved by its contact, read back, replaced on the next save, and shown in the report with its name', async () => {
    const p = await createPartnership();
    const [own] = p.partnerIds;
    const contact = client(await contactLink(p.organiserSecret, p.surveyId, own!));
    const before = await (await contact.partner.$get()).json();
    expect(before.surveys[0]!.facts).toEqual({ stated: null });

    const answers = { 'facts.mandate': 'small_only', 'facts.committed': ['budget', 'staff_hours'] };
    const saved = await contact.partner.facts.$put({ json: { surveyId: p.surveyId, answers } });
    expect(saved.status).toBe(200);
    expect((await saved.json()).facts.answers).toEqual(answers);
    const replaced = { 'facts.accountability': [] };
    expect((await contact.partner.facts.$put({ json: { surveyId: p.surveyId, answers: replaced } })).status).toBe(200);
    expect((await (await contact.partner.$get()).json()).surveys[0]!.facts?.stated?.answers).toEqual(replaced);

    // The report shows them, with the partner's id (its name is in `partners`), even before anyone answered.
    const { report } = await (await p.api.report.$get({ query: {} })).json();
    expect(report.facts).toEqual([{ partnerId: own, answers: replaced, updatedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
  });

  it('refuses an answer outside the form with 400 naming the question, and keeps what was saved', async () => {
    const p = await createPartnership();
    const contact = client(await contactLink(p.organiserSecret, p.surveyId, p.partnerIds[0]!), 'nl');
    await contact.partner.facts.$put({ json: { surveyId: p.surveyId, answers: { 'facts.mandate': 'yes' } } });
    const res = await contact.partner.facts.$put({
      json: { surveyId: p.surveyId, answers: { 'facts.mandate': 'always', 'facts.salary': 1 } },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as unknown as { error: { code: string; issues: { itemId: string; code: string; message: string }[] } };
    expect(body.error.code).toBe('invalid_answers');
    expect(body.error.issues.map((i) => [i.itemId, i.code])).toEqual([
      ['facts.mandate', 'unknown_option'],
      ['facts.salary', 'unknown_item'],
    ]);
    expect(body.error.issues[0]!.message).toContain('kies alleen uit de getoonde mogelijkheden');
    expect((await (await contact.partner.$get()).json()).surveys[0]!.facts?.stated?.answers).toEqual({ 'facts.mandate': 'yes' });
  });

  it('are not asked in a survey of version 1, which has no facts form', async () => {
    const p = await createPartnership();
    await env.DB.prepare('UPDATE surveys SET instrument_version = 1 WHERE id = ?').bind(p.surveyId).run();
    const contact = client(await contactLink(p.organiserSecret, p.surveyId, p.partnerIds[0]!));
    expect((await (await contact.partner.$get()).json()).surveys[0]!.facts).toBeNull();
    const res = await contact.partner.facts.$put({ json: { surveyId: p.surveyId, answers: { 'facts.mandate': 'yes' } } });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: { code: 'no_facts_form' } });
  });

  it('can only be stated for the contact’s own partner, for a survey of its partnership', async () => {
    const p = await createPartnership();
    const elsewhere = await createPartnership();
    const contact = client(await contactLink(p.organiserSecret, p.surveyId, p.partnerIds[0]!));
    // Another partnership's survey: as if it did not exist.
    const res = await contact.partner.facts.$put({ json: { surveyId: elsewhere.surveyId, answers: {} } });
    expect(res.status).toBe(404);
    // A respondent link or a report link may not state facts at all.
    const [respondent] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 'respondent_open');
    expect((await client(respondent).partner.facts.$put({ json: { surveyId: p.surveyId, answers: {} } })).status).toBe(404);
    const { report } = await (await p.api.report.$get({ query: {} })).json();
    expect(report.facts).toEqual([]);
  });
});

describe('a value proposition per partner, on demand', () => {
  it('is served for a shown partner and refused, like any figure, for one under k', async () => {
    const p = await createPartnership({ sections: instrumentV2.sections.map((s) => s.id) });
    const [shown, other, small] = p.partnerIds;
    for (const [partnerId, count] of [
      [shown!, 3],
      [other!, 3],
      [small!, 2],
    ] as const) {
      const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, partnerId, 'respondent_open');
      const others = p.partnerIds.filter((id) => id !== partnerId);
      for (let r = 0; r < count; r++) {
        const answers = syntheticAnswers({
          instrument: instrumentV2,
          sections: instrumentV2.sections.map((s) => s.id),
          otherPartnerIds: others,
          random: seededRandom(r + 7),
        });
        expect(
          (await client(secret).respond.submit.$post({ json: { submissionId: submissionId(), language: 'nl', answers } })).status,
        ).toBe(201);
      }
    }
    const res = await p.api.report.partner.$get({ query: { partnerId: shown! } });
    expect(res.status).toBe(200);
    const { card } = await res.json();
    expect(card.partnerId).toBe(shown);
    expect(card.topDrives.length).toBeGreaterThan(0);
    // Nothing about the partner under k: not as a card, and not among those it rubs with.
    expect(JSON.stringify(card)).not.toContain(small);
    const refused = await p.api.report.partner.$get({ query: { partnerId: small! } });
    expect(refused.status).toBe(404);
    expect(JSON.stringify(await refused.json())).not.toContain(small);
    // The pair's propositions come with its comparisons.
    const pair = await (await p.api.report.pair.$get({ query: { a: shown!, b: other! } })).json();
    expect(pair.pair.propositions.aTop.length).toBeGreaterThan(0);
  });
});
