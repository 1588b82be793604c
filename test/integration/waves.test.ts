/**
 * Waves over time through the real Worker and D1: which waves a link reads (every wave for an
 * organiser or a partnership's report link, one for a link made for one survey), the change between
 * two waves from each wave's release under its own rules, and agreements recorded by a lead.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../core/errors';
import { currentInstrument } from '../../core/instrument';
import type { Instrument, SectionId } from '../../core/instrument/types';
import { instrumentV1 } from '../../core/instrument/v1';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { client, createPartnership, respondentLinks, submissionId } from './client';

/** The error of a refused request. */
const errorOf = async (res: { json(): Promise<unknown> }) => ((await res.json()) as ErrorBody).error;

type Partnership = Awaited<ReturnType<typeof createPartnership>>;

/**
 * Submits `count` responses for partner `index` to a survey, leaning to `lean` on every scale, in the
 * survey's instrument version (the current one unless given).
 */
async function respond(
  p: Partnership,
  surveyId: string,
  index: number,
  count: number,
  sections: SectionId[],
  lean: number,
  instrument: Instrument = currentInstrument,
) {
  const partnerId = p.partnerIds[index]!;
  const [secret] = await respondentLinks(p.organiserSecret, surveyId, partnerId, 'respondent_open');
  const random = seededRandom(index * 100 + count + lean);
  const profile = Object.fromEntries(
    instrument.sections.flatMap((s) => s.items).map((item) => [item.id, item.format === 'bipolar' ? lean + 1 : lean]),
  );
  for (let r = 0; r < count; r++) {
    const answers = syntheticAnswers({ instrument, sections, otherPartnerIds: [], profile, random });
    const res = await client(secret).respond.submit.$post({ json: { submissionId: submissionId(), language: 'nl', answers } });
    expect(res.status).toBe(201);
  }
}

async function issue(p: Partnership, json: { scope: 'report' | 'lead'; surveyId?: string }) {
  const res = await p.api.organiser.links.$post({ json });
  expect(res.status).toBe(201);
  return (await res.json()).links[0]!.secret;
}

/** A baseline and a follow-up of three partners (k = 3), each partner answering in both. */
async function twoWaves(followUpSections: SectionId[] = ['drives', 'culture', 'values', 'readiness']) {
  const baselineSections: SectionId[] = ['drives', 'culture', 'values', 'readiness'];
  const p = await createPartnership({ sections: baselineSections });
  const created = await p.api.organiser.surveys.$post({
    json: { title: 'Vervolgmeting', sections: followUpSections, languages: ['nl'], minGroupSize: 3 },
  });
  expect(created.status).toBe(201);
  const followUp = (await created.json()).survey.id;
  for (const [index, lean] of [2, 4, 3].entries()) {
    await respond(p, p.surveyId, index, 5, baselineSections, lean);
    // Gemeente (index 0) moves from 2 to 4 on every scale: a change the view must find.
    await respond(p, followUp, index, 5, followUpSections, index === 0 ? 4 : lean);
  }
  return { p, baseline: p.surveyId, followUp };
}

describe('every wave stays readable', () => {
  it('a partnership report link reads every wave, the newest by default; a survey report link reads its own only', async () => {
    const { p, baseline, followUp } = await twoWaves();
    const everyWave = client(await issue(p, { scope: 'report' }));
    const newest = await (await everyWave.report.$get({ query: {} })).json();
    expect(newest.survey.id).toBe(followUp);
    expect(newest.waves.map((w) => [w.id, w.title])).toEqual([
      [baseline, 'Nulmeting'],
      [followUp, 'Vervolgmeting'],
    ]);
    expect(newest.reader).toEqual({ recordsAgreements: false });
    const earlier = await (await everyWave.report.$get({ query: { surveyId: baseline } })).json();
    expect(earlier.survey.id).toBe(baseline);
    expect(earlier.report.partners.every((x) => x.status === 'shown')).toBe(true);

    const baselineOnly = client(await issue(p, { scope: 'report', surveyId: baseline }));
    const own = await (await baselineOnly.report.$get({ query: {} })).json();
    expect(own.survey.id).toBe(baseline);
    expect(own.waves.map((w) => w.id)).toEqual([baseline]);
    // The other wave answers as if it did not exist, in every view.
    for (const res of [
      await baselineOnly.report.$get({ query: { surveyId: followUp } }),
      await baselineOnly.report.change.$get({ query: { from: baseline, to: followUp } }),
      await baselineOnly.agreements.$get({ query: { surveyId: followUp } }),
    ]) {
      expect(res.status).toBe(404);
      expect((await errorOf(res)).code).toBe('survey_not_found');
    }
  });
});

describe('the change between two waves', () => {
  it('compares the partners shown in both, from each wave’s release, and finds the partner that moved', async () => {
    const { p, baseline, followUp } = await twoWaves();
    const res = await p.api.report.change.$get({ query: { from: baseline, to: followUp } });
    expect(res.status).toBe(200);
    const { before, after, change } = await res.json();
    expect([before.survey.id, after.survey.id]).toEqual([baseline, followUp]);
    expect(change.partners.every((x) => x.compared)).toBe(true);
    // Every "before" and "after" is the figure its own wave's report shows (in its figures).
    const [then, now] = await Promise.all(
      [baseline, followUp].map(async (surveyId) => (await (await p.api.report.figures.$get({ query: { surveyId } })).json()).figures),
    );
    const meanIn = (report: NonNullable<typeof then>, partnerId: string, itemId: string) => {
      const item = report.sections.flatMap((s) => s.items).find((i) => i.itemId === itemId);
      return item?.kind === 'scale' ? item.byPartner.find((x) => x.partnerId === partnerId)?.mean : undefined;
    };
    const moved = change.partnerSections.find((s) => s.partnerId === p.partnerIds[0] && s.sectionId === 'readiness')!;
    expect(moved.higher.length).toBeGreaterThan(0);
    const detail = (
      await (await p.api.report.change.partner.$get({ query: { from: baseline, to: followUp, partnerId: p.partnerIds[0]! } })).json()
    ).detail;
    for (const item of detail.items) {
      expect(item.before).toBe(meanIn(then!, item.partnerId, item.itemId));
      expect(item.after).toBe(meanIn(now!, item.partnerId, item.itemId));
    }
    expect(detail.items.filter((i) => i.verdict === 'higher').map((i) => i.itemId)).toEqual(expect.arrayContaining([...moved.higher]));
  });

  it('compares both waves of version 2 on the choice of values, every value with each partner’s share', async () => {
    const { p, baseline, followUp } = await twoWaves();
    const { change } = await (await p.api.report.change.$get({ query: { from: baseline, to: followUp } })).json();
    expect(change.items.leftOut).toEqual([]);
    const valuesItem = currentInstrument.sections.flatMap((s) => s.items).find((i) => i.id === 'values.most_important')!;
    expect(change.values.map((v) => v.optionId)).toEqual('options' in valuesItem ? valuesItem.options.map((o) => o.id) : []);
    for (const value of change.values) expect(value.byPartner.map((x) => x.partnerId)).toEqual(p.partnerIds.slice(0, 3));
  });

  it('compares a baseline of version 1 with a follow-up of version 2 on the questions both ask alike', async () => {
    const sections: SectionId[] = ['drives', 'culture', 'values', 'readiness', 'value_case'];
    const p = await createPartnership({ sections });
    // A baseline opened before version 2 was published (a survey keeps the version it opened with).
    await env.DB.prepare('UPDATE surveys SET instrument_version = 1 WHERE id = ?').bind(p.surveyId).run();
    const created = await p.api.organiser.surveys.$post({ json: { title: 'Vervolgmeting', sections, languages: ['nl'], minGroupSize: 3 } });
    const followUp = (await created.json()).survey.id;
    for (const [index, lean] of [2, 4, 3].entries()) {
      await respond(p, p.surveyId, index, 5, sections, lean, instrumentV1);
      // Gemeente (index 0) moves from 2 to 4 on every scale.
      await respond(p, followUp, index, 5, sections, index === 0 ? 4 : lean);
    }
    const res = await p.api.report.change.$get({ query: { from: p.surveyId, to: followUp } });
    expect(res.status).toBe(200);
    const { before, after, change } = await res.json();
    expect([before.survey.instrumentVersion, after.survey.instrumentVersion]).toEqual([1, 2]);
    const leftOut = (reason: string) => change.items.leftOut.filter((l) => l.reason === reason).map((l) => l.itemId);
    // Values rated one by one then, a choice of three now: different questions, both named, neither compared.
    expect(leftOut('only_before')).toEqual(expect.arrayContaining(['values.efficiency', 'values.fairness', 'culture.fast_consensus']));
    expect(leftOut('only_after')).toEqual(
      expect.arrayContaining(['values.most_important', 'culture.decision_pace', 'value_case.own_goals']),
    );
    expect(change.values).toEqual([]);
    expect(JSON.stringify(change.partnerSections)).not.toMatch(/"(values|facts)\./);
    // What both ask alike is compared: Gemeente's move shows in the readiness statements and the culture scales.
    const gemeente = change.partnerSections.filter((s) => s.partnerId === p.partnerIds[0]);
    expect(gemeente.find((s) => s.sectionId === 'readiness')!.higher.length).toBeGreaterThan(0);
    const culture = gemeente.find((s) => s.sectionId === 'culture')!.higher;
    expect(culture.length).toBeGreaterThan(0);
    expect(culture.filter((id) => change.items.leftOut.some((l) => l.itemId === id))).toEqual([]);
    expect(change.readiness.length).toBeGreaterThan(0);
  });

  it('reads the same change before and after one more person answers (each wave moves in steps of k)', async () => {
    const { p, baseline, followUp } = await twoWaves();
    const read = async () => (await p.api.report.change.$get({ query: { from: baseline, to: followUp } })).json();
    const first = await read();
    await respond(p, followUp, 1, 1, ['drives', 'culture', 'values', 'readiness'], 5);
    const second = await read();
    expect(second.change).toEqual(first.change);
    // The page says one response is not in the figures yet, and why.
    expect(second.after.release.notYetIncluded).toBe(1);
  });

  it('refuses a later wave as "from" and one wave twice, with a clear error', async () => {
    const { p, baseline, followUp } = await twoWaves();
    for (const query of [
      { from: followUp, to: baseline },
      { from: baseline, to: baseline },
    ]) {
      const res = await client(p.organiserSecret, 'nl').report.change.$get({ query });
      expect(res.status).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe('change_order');
      expect(error.message).toContain('eerdere meting');
    }
  });

  it('names the items asked in one wave only, and a partner under k in one wave only by name', async () => {
    const { p, baseline, followUp } = await twoWaves(['drives', 'culture', 'values', 'readiness', 'tensions']);
    const { change } = await (await p.api.report.change.$get({ query: { from: baseline, to: followUp } })).json();
    const tensions = currentInstrument.sections.find((s) => s.id === 'tensions')!.items.map((i) => i.id);
    expect(change.items.leftOut).toEqual(tensions.map((itemId) => ({ itemId, reason: 'only_after' })));
    expect(JSON.stringify(change.partnerSections)).not.toContain('tensions.');

    // Zorggroep answers under k in the follow-up; Bouwbedrijf never answers.
    const fewer = await createPartnership();
    await respond(fewer, fewer.surveyId, 0, 4, ['drives', 'culture', 'values', 'readiness'], 2);
    await respond(fewer, fewer.surveyId, 1, 4, ['drives', 'culture', 'values', 'readiness'], 4);
    const next = (
      await (
        await fewer.api.organiser.surveys.$post({
          json: { title: 'Vervolg', sections: ['drives', 'culture', 'values', 'readiness'], languages: ['nl'], minGroupSize: 3 },
        })
      ).json()
    ).survey.id;
    await respond(fewer, next, 0, 4, ['drives', 'culture', 'values', 'readiness'], 2);
    await respond(fewer, next, 1, 2, ['drives', 'culture', 'values', 'readiness'], 4);
    const { change: partial } = await (await fewer.api.report.change.$get({ query: { from: fewer.surveyId, to: next } })).json();
    expect(partial.partners.map((x) => [x.before, x.after, x.compared])).toEqual([
      ['shown', 'shown', true],
      ['shown', 'not_enough_responses', false],
      ['not_enough_responses', 'not_enough_responses', false],
    ]);
    expect(JSON.stringify({ ...partial, partners: [] })).not.toContain(fewer.partnerIds[1]!);
    const detail = await fewer.api.report.change.partner.$get({
      query: { from: fewer.surveyId, to: next, partnerId: fewer.partnerIds[1]! },
    });
    expect(detail.status).toBe(404);
  });
});

describe('agreements', () => {
  it('a lead records what, who and by when on a finding; the next wave reads them; a report link only reads', async () => {
    const { p, baseline, followUp } = await twoWaves();
    const lead = client(await issue(p, { scope: 'lead' }), 'nl');
    const reader = client(await issue(p, { scope: 'report' }));
    const json = {
      surveyId: baseline,
      finding: { kind: 'readiness' as const, key: 'resource_commitment' },
      action: 'Elke partner zet twee uur per week in voor het gezamenlijke team',
      owner: 'Stuurgroep',
      dueOn: '2026-12-31',
    };
    const made = await lead.agreements.$post({ json });
    expect(made.status).toBe(201);
    const { agreement } = await made.json();
    expect(agreement).toMatchObject({
      surveyId: baseline,
      finding: json.finding,
      action: json.action,
      owner: 'Stuurgroep',
      dueOn: '2026-12-31',
    });

    const onFollowUp = await (await reader.agreements.$get({ query: { surveyId: followUp } })).json();
    expect(onFollowUp.agreements).toEqual([]);
    expect(onFollowUp.previous?.survey.id).toBe(baseline);
    expect(onFollowUp.previous?.agreements).toEqual([agreement]);
    expect((await (await lead.report.$get({ query: {} })).json()).reader).toEqual({ recordsAgreements: true });

    const refused = await reader.agreements.$post({ json });
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).code).toBe('read_only_link');

    const changed = await lead.agreements[':id'].$patch({ param: { id: agreement.id }, json: { owner: 'Gemeente en ROC' } });
    expect((await changed.json()).agreement.owner).toBe('Gemeente en ROC');
    expect((await lead.agreements[':id'].$delete({ param: { id: agreement.id } })).status).toBe(200);
    expect((await lead.agreements[':id'].$delete({ param: { id: agreement.id } })).status).toBe(404);
  });

  it('refuses a finding the wave does not have, and empty fields, naming each in words', async () => {
    const { p, baseline } = await twoWaves();
    const lead = client(await issue(p, { scope: 'lead' }), 'nl');
    const res = await lead.agreements.$post({
      json: { surveyId: baseline, finding: { kind: 'gap', key: 'tensions.short_long' }, action: 'x', owner: 'y', dueOn: '2026-12-31' },
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe('Niet alles is goed ingevuld. Bevinding: deze bevinding hoort niet bij deze meting.');
    const empty = await lead.agreements.$post({
      json: {
        surveyId: baseline,
        finding: { kind: 'fault_line', key: 'culture.control_trust' },
        action: '  ',
        owner: '',
        dueOn: '2026-02-30',
      },
    });
    expect((await errorOf(empty)).message).toBe(
      'Niet alles is goed ingevuld. Wat spreken we af: vul dit in. Wie doet het: vul dit in. Klaar op: deze dag bestaat niet.',
    );
  });

  it('a lead link made for one wave records only on that wave, and sees no earlier wave’s agreements', async () => {
    const { p, baseline, followUp } = await twoWaves();
    const organiser = client(p.organiserSecret);
    const json = {
      finding: { kind: 'fault_line' as const, key: 'culture.control_trust' },
      action: 'Afspraken over verantwoording',
      owner: 'Werkgroep',
      dueOn: '2026-10-01',
    };
    expect((await organiser.agreements.$post({ json: { ...json, surveyId: baseline } })).status).toBe(201);
    const followUpLead = client(await issue(p, { scope: 'lead', surveyId: followUp }));
    expect((await followUpLead.agreements.$post({ json: { ...json, surveyId: baseline } })).status).toBe(404);
    expect((await followUpLead.agreements.$post({ json: { ...json, surveyId: followUp } })).status).toBe(201);
    const seen = await (await followUpLead.agreements.$get({ query: { surveyId: followUp } })).json();
    expect(seen.previous).toBeNull();
    expect(seen.agreements.map((a) => a.surveyId)).toEqual([followUp]);
  });
});
