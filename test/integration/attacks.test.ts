/**
 * The insider attacks of issue 12, replayed through the HTTP API only, each measuring what the
 * attacker recovers of one person's answers (the test logs it) and asserting that it is nothing.
 * The organiser is the attacker: it holds every link, reads every report view and export, and
 * can submit answers of its own. The abuse row of the issue lives in abuse.test.ts.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../core/csv';
import { currentInstrument, surveyItems } from '../../core/instrument';
import type { Answers } from '../../core/instrument/types';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import {
  type BreakdownsJson,
  everySection,
  type Reading,
  type ReportJson,
  readEverything,
  readReport,
  recoverByDifference,
  recovered,
  sumTallies,
} from './attack-support';
import { client, createPartnership, raw, respondentLinks, submissionId } from './client';

type Partnership = Awaited<ReturnType<typeof createPartnership>>;

const scaleItems = surveyItems(currentInstrument, everySection).filter(
  (item) => item.format === 'bipolar' || item.format === 'importance' || item.format === 'agreement' || item.format === 'intensity',
);

/** One person's complete answers, with two comments of their own. */
function person(p: Partnership, partnerIndex: number, seed: number, extra: Record<string, unknown> = {}): Answers {
  const partnerId = p.partnerIds[partnerIndex]!;
  return {
    ...syntheticAnswers({
      instrument: currentInstrument,
      sections: everySection,
      otherPartnerIds: p.partnerIds.filter((id) => id !== partnerId),
      random: seededRandom(seed),
    }),
    'open.success': `hoop ${seed}`,
    'open.worries': `zorg ${seed}`,
    ...extra,
  } as Answers;
}

async function submit(secret: string, answers: Answers) {
  const res = await client(secret).respond.submit.$post({ json: { submissionId: submissionId(), language: 'nl', answers } });
  expect(res.status, await res.clone().text()).toBe(201);
}

/** `count` respondents of one partner through one open link (capped at what they are). */
async function crowd(
  p: Partnership,
  partnerIndex: number,
  seeds: readonly number[],
  extra: (seed: number) => Record<string, unknown> = () => ({}),
) {
  const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[partnerIndex]!, 'respondent_open', 1, seeds.length);
  for (const seed of seeds) await submit(secret!, person(p, partnerIndex, seed, extra(seed)));
}

describe('attack: named single-use links and the live report', () => {
  it('recovers nothing of a named person by reading the report just before and just after their link is used', async () => {
    const p = await createPartnership({ sections: everySection, minGroupSize: 5 });
    const target = p.partnerIds[0]!;
    // Ten colleagues already answered (enough for comments too), and the other partners have five each.
    await crowd(p, 0, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await crowd(p, 1, [21, 22, 23, 24, 25]);
    await crowd(p, 2, [31, 32, 33, 34, 35]);
    // Three personal links, labelled with names as a mail merge does.
    const named = await Promise.all(
      ['Anna de Vries', 'Bram Jansen', 'Chantal Bakker'].map(async (label) => {
        const res = await p.api.organiser.links.$post({
          json: { scope: 'respondent_single', surveyId: p.surveyId, partnerId: target, label },
        });
        return (await res.json()).links[0]!;
      }),
    );

    const tallies = [];
    for (const [i, link] of named.entries()) {
      const answers = person(p, 0, 100 + i);
      const before = await readEverything(p.organiserSecret, target);
      await submit(link.secret, answers);
      // The organiser sees that exactly this link was used…
      const uses = (await (await p.api.organiser.$get()).json()).links.find((l) => l.id === link.id)!.uses;
      expect(uses).toBe(1);
      // …and reads everything again.
      const after = await readEverything(p.organiserSecret, target);
      tallies.push(recoverByDifference(before, after, target, answers, [`hoop ${100 + i}`, `zorg ${100 + i}`]));
    }
    const tally = sumTallies(tallies);
    console.info(`named links + live report, recovered of 3 named people: ${JSON.stringify(tally)}`);
    expect(recovered(tally)).toBe(0);
  });
});

/** The difference of two people's answers, where two dimensions' groups and the partner are all shown. */
function crossDifference(report: ReportJson, breakdowns: BreakdownsJson, partnerId: string) {
  const dims = breakdowns.breakdowns?.dimensions ?? [];
  const role = dims.find((d) => d.dimension === 'role' && d.status === 'shown')?.groups.find((g) => g.optionId === 'manager');
  const involvement = dims
    .find((d) => d.dimension === 'involvement' && d.status === 'shown')
    ?.groups.find((g) => g.optionId === 'indirect');
  if (!role || !involvement) return [];
  const itemIds = breakdowns.breakdowns!.itemIds;
  const all = (itemId: string) =>
    report.report.sections
      .flatMap((s) => s.items)
      .find((i) => i.itemId === itemId)
      ?.byPartner.find((e) => e.partnerId === partnerId) as { n: number; mean: number | null } | undefined;
  return itemIds.flatMap((itemId, i) => {
    const whole = all(itemId);
    const [m, x] = [role.means[i], involvement.means[i]];
    if (!whole || whole.mean === null || m === null || m === undefined || x === null || x === undefined) return [];
    // managers + not directly involved − everyone = (the indirect manager) − (the direct professional)
    return [{ itemId, difference: Math.round(role.n[i]! * m + involvement.n[i]! * x - whole.n * whole.mean) }];
  });
}

describe('attack: the export, two breakdown columns combined', () => {
  it('finds no row, group or combination of groups that is about the one indirectly involved manager', async () => {
    const p = await createPartnership({ sections: everySection, minGroupSize: 5 });
    const target = p.partnerIds[0]!;
    // Role 5/5 and involvement 5/5, each group passing k; but one manager is not directly involved
    // (and one professional is).
    const roles = [
      'manager',
      'manager',
      'manager',
      'manager',
      'manager',
      'professional',
      'professional',
      'professional',
      'professional',
      'professional',
    ];
    const involvement = ['direct', 'direct', 'direct', 'direct', 'indirect', 'direct', 'indirect', 'indirect', 'indirect', 'indirect'];
    const answers = roles.map((role, i) => person(p, 0, 200 + i, { 'about.role': role, 'about.involvement': involvement[i] }));
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, target, 'respondent_open', 1, 10);
    for (const a of answers) await submit(secret!, a);
    const lone = answers[4]!;

    // The per-response CSV: the row that is "manager + not directly involved".
    let fromRows = 0;
    const csv = await raw(`/api/organiser/surveys/${p.surveyId}/export?lang=en`, { secret: p.organiserSecret });
    if (csv.status === 200) {
      const [header, ...rows] = parseCsv(await csv.text());
      const column = (id: string) => header!.findIndex((h) => h.includes(`[${id}]`));
      const matches = rows.filter(
        (r) => r[column('about.role')] === 'Manager or team lead' && r[column('about.involvement')] === 'No, not directly',
      );
      if (matches.length === 1) fromRows = scaleItems.filter((item) => Number(matches[0]![column(item.id)]) === lone[item.id]).length;
    }
    // The figures export: any figure about fewer than k people.
    const exported = await raw(`/api/report/export?format=json&surveyId=${p.surveyId}`, { secret: p.organiserSecret });
    const small = exported.status === 200 ? (JSON.stringify(await exported.json()).match(/"n":[1-4],/g)?.length ?? 0) : 0;
    // The breakdowns: managers + not directly involved − everyone.
    const report = await readReport(p.organiserSecret);
    const breakdowns = (await (
      await raw(`/api/report/breakdowns?partnerId=${target}`, { secret: p.organiserSecret })
    ).json()) as BreakdownsJson;
    const differences = crossDifference(report, breakdowns, target);
    const other = answers[5]!;
    const pinned = differences.filter((d) => d.difference === (lone[d.itemId] as number) - (other[d.itemId] as number));
    console.info(
      `export + two columns: ${fromRows}/${scaleItems.length} answers from a row; ${small} figures on fewer than 5; ` +
        `the difference of two people's answers on ${pinned.length} items`,
    );
    expect(fromRows).toBe(0);
    expect(small).toBe(0);
    expect(pinned).toEqual([]);
  });
});

describe('attack: a figure on one answer', () => {
  it('shows no figure that rests on one answer, for the partner or inside a breakdown group', async () => {
    const p = await createPartnership({ sections: everySection, minGroupSize: 5 });
    const target = p.partnerIds[0]!;
    const item = scaleItems.find((i) => i.format === 'agreement')!;
    // Five respondents, all managers and directly involved; four answer "don't know".
    await crowd(p, 0, [301, 302, 303, 304, 305], (seed) => ({
      [item.id]: seed === 305 ? 4 : 'dont_know',
      'about.role': 'manager',
      'about.involvement': 'direct',
    }));
    const reading: Reading = await readEverything(p.organiserSecret, target);
    const entry = reading.report.report.sections
      .flatMap((s) => s.items)
      .find((i) => i.itemId === item.id)
      ?.byPartner.find((e) => e.partnerId === target) as { n: number; mean: number | null } | undefined;
    const places = [];
    if (entry?.mean === 4) places.push('the partner');
    const index = reading.breakdowns.breakdowns?.itemIds.indexOf(item.id) ?? -1;
    for (const d of reading.breakdowns.breakdowns?.dimensions ?? [])
      for (const g of d.groups)
        if (index >= 0 && g.n[index] === 1 && g.means[index] === 4) places.push(`${d.dimension} group ${g.optionId}`);
    console.info(`a figure on one answer, shown in: ${JSON.stringify(places)}`);
    expect(places).toEqual([]);
  });
});

describe('attack: padding with made-up responses', () => {
  it('cannot pad a partner through an extra open link by default, and explicit padding is shown to every reader', async () => {
    const p = await createPartnership({
      sections: everySection,
      minGroupSize: 5,
      partners: [
        { name: 'Gemeente', sector: 'public', expectedStaff: 40 },
        { name: 'Buurthuis', sector: 'civil_society', expectedStaff: 5 },
      ],
    });
    const organiser = client(p.organiserSecret);
    const small = p.partnerIds[1]!;
    await crowd(p, 0, [401, 402, 403, 404, 405]);
    // The small partner's five staff get personal links (the mail merge); one of them answers.
    const personal = await respondentLinks(p.organiserSecret, p.surveyId, small, 'respondent_single', 5);
    const real = person(p, 1, 410);
    await submit(personal[0]!, real);

    // The organiser makes an extra open link, the ordinary way, and fills in k − 1 made-up answers.
    const fakes = [411, 412, 413, 414].map((seed) => person(p, 1, seed));
    const extra = await organiser.organiser.links.$post({ json: { scope: 'respondent_open', surveyId: p.surveyId, partnerId: small } });
    if (extra.status === 201) {
      const [link] = (await extra.json()).links;
      for (const fake of fakes)
        await client(link!.secret).respond.submit.$post({ json: { submissionId: submissionId(), language: 'nl', answers: fake } });
    }
    const tally = async () => {
      const report = await readReport(p.organiserSecret);
      let right = 0;
      for (const item of scaleItems) {
        const entry = report.report.sections
          .flatMap((s) => s.items)
          .find((i) => i.itemId === item.id)
          ?.byPartner.find((e) => e.partnerId === small) as { n: number; mean: number | null } | undefined;
        if (!entry || entry.mean === null) continue;
        const known = fakes.reduce((sum, f) => sum + (typeof f[item.id] === 'number' ? (f[item.id] as number) : 0), 0);
        if (Math.round(entry.n * entry.mean - known) === real[item.id]) right += 1;
      }
      return right;
    };
    const padded = await tally();
    console.info(`padding through an extra open link: ${padded}/${scaleItems.length} of the real person's answers recovered`);
    expect(extra.status).toBe(409);
    expect(padded).toBe(0);

    // Padding needs an explicit choice, answered with a warning, and every reader sees it.
    const explicit = await organiser.organiser.links.$post({
      json: { scope: 'respondent_open', surveyId: p.surveyId, partnerId: small, maxUses: null },
    });
    expect(explicit.status).toBe(201);
    const body = (await explicit.json()) as { warning?: string; links: { secret: string }[] };
    expect(body.warning).toMatch(/padding|made-up|uncapped|more answers/i);
    for (const fake of fakes) await submit(body.links[0]!.secret, fake);
    const [reader] = (await (await organiser.organiser.links.$post({ json: { scope: 'report', surveyId: p.surveyId } })).json()).links;
    const seen = (await (await raw('/api/report', { secret: reader!.secret })).json()) as {
      report: { partners: { id: string; channels?: { personal: number; open: number }; uncappedOpenLinks?: number }[] };
    };
    expect(seen.report.partners.find((x) => x.id === small)).toMatchObject({ channels: { personal: 1, open: 4 }, uncappedOpenLinks: 1 });
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM responses WHERE survey_id = ?').bind(p.surveyId).first<{ n: number }>();
    expect(rows!.n).toBe(10);
  });
});
