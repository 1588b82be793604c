/**
 * The figures export (`GET /api/report/export`) as a reader downloads it: the release the report
 * shows, as CSV that a spreadsheet in Dutch or English opens as it is, and as JSON; every figure
 * the report shows, the counts per answer behind them, and nothing about a partner under k or a
 * question with fewer than k answers.
 */
import { describe, expect, it } from 'vitest';
import { currentInstrument, surveyItems } from '../../core/instrument';
import type { SectionId } from '../../core/instrument/types';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import type { FiguresExport } from '../../worker/export/figures';
import { readReport } from './attack-support';
import { client, createPartnership, raw, respondentLinks, submissionId } from './client';

const sections: SectionId[] = ['drives', 'culture', 'values', 'readiness', 'value_case', 'about'];

/**
 * Splits a downloaded CSV of the given separator into rows (quoted cells with doubled quotes,
 * CRLF), after checking the UTF-8 byte-order mark (which `Response.text()` would drop unseen).
 */
async function rowsOf(res: Response, separator: string): Promise<string[][]> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const cells = new RegExp(`(?:^|${separator})("(?:[^"]|"")*"|[^${separator}]*)`, 'g');
  return new TextDecoder('utf-8', { ignoreBOM: false })
    .decode(bytes)
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => [...line.matchAll(cells)].map((m) => m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"')));
}

describe('the figures export', () => {
  it('has every figure of the report, the counts behind them, and nothing under k, in Dutch and English', async () => {
    const p = await createPartnership({
      sections,
      minGroupSize: 3,
      partners: [
        { name: '=Gemeente; "Rivierstad"', sector: 'public', expectedStaff: 20 },
        { name: 'Zorggroep', sector: 'civil_society', expectedStaff: 20 },
      ],
    });
    const random = seededRandom(5);
    const item = surveyItems(currentInstrument, sections).find((i) => i.format === 'agreement')!;
    const submitAll = async (partnerIndex: number, count: number, extra: (i: number) => Record<string, unknown>) => {
      const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[partnerIndex]!, 'respondent_open', 1, count);
      for (let i = 0; i < count; i++) {
        const answers = { ...syntheticAnswers({ instrument: currentInstrument, sections, otherPartnerIds: [], random }), ...extra(i) };
        expect(
          (await client(secret).respond.submit.$post({ json: { submissionId: submissionId(), language: 'nl', answers } })).status,
        ).toBe(201);
      }
    };
    // Six respondents; on one statement only two give an answer other than "don't know".
    await submitAll(0, 6, (i) => ({ [item.id]: i < 2 ? 4 : 'dont_know' }));
    await submitAll(1, 2, () => ({}));

    const nl = await raw('/api/report/export?format=csv&lang=nl', { secret: p.organiserSecret });
    expect(nl.status).toBe(200);
    expect(nl.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(nl.headers.get('content-disposition')).toMatch(/^attachment; filename="samenwaarde-cijfers-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...rows] = await rowsOf(nl, ';');
    expect(header).toEqual(['Stand van', 'Partner', 'Groep', 'Vraag (code)', 'Vraag', 'Maat', 'Antwoord, onderdeel of partner', 'Waarde']);
    // The name that starts like a formula is text; the partner under k is nowhere.
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set([`'=Gemeente; "Rivierstad"`]));
    const everyone = rows.filter((r) => r[2] === 'alle reacties');
    const figure = (itemId: string, measure: string, option = '') =>
      everyone.find((r) => r[3] === itemId && r[5] === measure && r[6] === option)?.[7];
    // The report's figures, with decimal commas; counts per answer that add up to n.
    const report = await readReport(p.organiserSecret);
    const pace = report.report.sections.flatMap((s) => s.items).find((i) => i.itemId === 'culture.control_trust')!.byPartner[0] as {
      n: number;
      mean: number;
    };
    expect(figure('culture.control_trust', 'aantal antwoorden (n)')).toBe(String(pace.n));
    expect(figure('culture.control_trust', 'gemiddelde')).toBe(String(pace.mean).replace('.', ','));
    const counts = everyone.filter((r) => r[3] === 'culture.control_trust' && r[5] === 'aantal').map((r) => Number(r[7]));
    expect(counts).toHaveLength(7);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(pace.n);
    expect(figure('', 'via open links')).toBe('6');
    // Two answers besides four "don't know": under k, so no row of that statement at all.
    expect(rows.filter((r) => r[3] === item.id)).toEqual([]);
    // Drive points and value-case shares are there to redo the analysis.
    expect(rows.some((r) => r[3] === 'drives.allocation' && r[5] === 'gemiddelde' && r[6] !== '')).toBe(true);
    expect(rows.some((r) => r[3] === 'value_case.bring' && r[5] === 'aandeel')).toBe(true);

    const [enHeader, ...enRows] = await rowsOf(await raw('/api/report/export?format=csv&lang=en', { secret: p.organiserSecret }), ',');
    expect(enHeader![5]).toBe('Measure');
    expect(enRows.find((r) => r[2] === 'all responses' && r[3] === 'culture.control_trust' && r[5] === 'mean')?.[7]).toBe(
      String(pace.mean),
    );

    // The JSON has the same figures and names the partner under k only as such.
    const json = (await (await raw('/api/report/export?format=json', { secret: p.organiserSecret })).json()) as FiguresExport;
    expect(json.rows).toHaveLength(rows.length);
    expect(json.partners[1]).toEqual({ id: p.partnerIds[1], name: 'Zorggroep', status: 'not_enough_responses' });
    expect(json.rows.every((r) => r.partnerId === p.partnerIds[0])).toBe(true);
    expect(json.rows.filter((r) => r.measure === 'n').every((r) => r.value >= 3)).toBe(true);

    // A report reader may download it; a respondent may not.
    const [reader] = (await (await p.api.organiser.links.$post({ json: { scope: 'report', surveyId: p.surveyId } })).json()).links;
    expect((await raw('/api/report/export', { secret: reader!.secret })).status).toBe(200);
    const [respondent] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 'respondent_open', 1, 1);
    expect((await raw('/api/report/export', { secret: respondent })).status).toBe(404);
    // The per-response export is gone.
    expect((await raw(`/api/organiser/surveys/${p.surveyId}/export?lang=nl`, { secret: p.organiserSecret })).status).toBe(404);
  });
});
