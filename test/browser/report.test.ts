/**
 * The alignment report as a partnership lead reads it on a laptop and on paper: the answer on the
 * first screen (who took part and the headline findings, true against the model the API serves),
 * every section findable by its heading in Dutch and English, no WCAG 2.1 A/AA violation, details on
 * demand, and three printouts read back from Chromium's PDF: the executive report (at most 6 A4
 * pages), the agenda (one page) and the full report; and a partner under k shown only as "not enough
 * responses" on the page, on paper, in the JSON download and in the figures export; which release it
 * shows; how the responses came in.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { seedDemo } from '../../db/seed/demo';
import { api } from '../../scripts/local/api';
import { sharedBrowser } from '../support/browser';
import {
  artifactPath,
  countPageObjects,
  headingsIn,
  laptop,
  occurrences,
  openReport,
  partnershipWithResponses,
  pdfText,
  printPdf,
  squeeze,
} from './report-support';
import { expectAccessible } from './respond-support';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('the demo report', () => {
  it('answers on the first screen, says only what the model holds, prints a summary, an agenda and everything', async () => {
    const demo = await seedDemo(baseUrl);
    const secret = demo.report.split('#')[1]!;
    // The baseline: the demo's first wave (its follow-up and the change: waves.test.ts).
    const baseline = (await (await api(baseUrl, secret).report.$get({ query: {} })).json()).waves[0]!.id;
    const { report } = await (await api(baseUrl, secret).report.$get({ query: { surveyId: baseline } })).json();
    const name = (id: string) => report.partners.find((p) => p.id === id)!.name;
    const { page, problems, close } = await laptop(browser(), baseUrl);
    await openReport(page, `${baseUrl}/report?wave=${baseline}#${secret}`);

    // The first screen (1280 × 900) holds who took part and one card per kind of finding, each with its first finding.
    const cards = [
      'Wie deed mee',
      'Verschillen om te bespreken',
      'Verschillen die elkaar aanvullen',
      'Gedeelde basis en gedeelde zorgen',
      'Zwakste punten in de bereidheid',
    ];
    for (const heading of cards) {
      const card = page.locator('#summary .card', { has: page.getByRole('heading', { level: 3, name: heading, exact: true }) });
      const first = (await card.locator('li').first().boundingBox())!;
      expect(first.y + first.height, `${heading} on the first screen`).toBeLessThanOrEqual(900);
    }
    // Differences are told apart: in the demo the drives differ, and that card says they can complement each other.
    const complementCard = page.locator('#summary .card', {
      has: page.getByRole('heading', { name: 'Verschillen die elkaar aanvullen' }),
    });
    const contrast = report.findings.complements[0]!;
    await expect(complementCard.locator('li').first().innerText()).resolves.toMatch(
      new RegExp(
        `^${name(contrast.a)} wordt vooral gedreven door .+, ${name(contrast.b)} door .+\\. \\d+% van hun punten ligt gelijk\\. Zulke verschillen kunnen elkaar aanvullen`,
      ),
    );
    // Shared ground never holds a shared concern: the demo's partners all doubt the capacity (below 3), and it says so.
    const concern = report.sharedGround.find((s) => s.kind === 'concern')!;
    expect(report.findings.sharedGround.some((s) => s.kind === 'concern')).toBe(false);
    const sharedCard = page.locator('#summary .card', {
      has: page.getByRole('heading', { name: 'Gedeelde basis en gedeelde zorgen' }),
    });
    await expect(sharedCard.innerText()).resolves.toContain('(gedeelde zorg)');
    expect(concern.mean).toBeLessThan(3);
    await page.screenshot({ path: artifactPath('report-top.png') });
    // The sharpest fault lines in the model's order, each naming its widest pair and how far apart they are at least.
    const faultCard = page.locator('#summary .card', { has: page.getByRole('heading', { name: 'Verschillen om te bespreken' }) });
    const faultSentences = await faultCard.locator('.card-list > li > p').allInnerTexts();
    expect(faultSentences).toHaveLength(Math.min(3, report.findings.faultLines.length));
    for (const [i, sentence] of faultSentences.entries()) {
      const { a, b } = report.findings.faultLines[i]!.widest[0]!;
      expect(sentence).toContain(name(a));
      expect(sentence).toContain(name(b));
      expect(sentence).toMatch(/minstens \d+(,\d+)? punt(en)? uit elkaar\.$/);
      expect(sentence).not.toMatch(/hoger|beter|slechter/);
    }
    // Gaps: "nobody brings it" only where the model says no partner brings it.
    const gapSentences = await complementCard.locator('ul.card-gaps li').allInnerTexts();
    const gaps = report.findings.valueCase?.gaps ?? [];
    expect(gaps.length).toBeGreaterThan(0);
    for (const [i, gap] of gaps.slice(0, 2).entries()) {
      expect(gapSentences[i]!.includes('geen enkele partner brengt het'), gap.optionId).toBe(gap.broughtBy.length === 0);
    }
    // An offer the bringer wants itself is not "wanted by nobody else" without saying so.
    const own = report.valueCase!.unusedOffers.find((u) => u.wantedBy.length === 1 && u.broughtBy[0] === u.wantedBy[0]);
    if (own)
      await expect(page.locator('#value-case').innerText()).resolves.toContain(
        `${name(own.broughtBy[0]!)} brengt het en is de enige die het zoekt; geen andere partner zoekt het.`,
      );
    // Shared ground is agreement: a tension all partners feel alike is not on it.
    expect(report.sharedGround.every((s) => !s.itemId.startsWith('tensions.'))).toBe(true);
    await expect(page.locator('#summary').innerText()).resolves.not.toContain('Eigen tegenover gedeeld eigenaarschap');

    for (const heading of headingsIn('nl')) {
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true }).isVisible(), heading).resolves.toBe(true);
    }
    // Headings go down one level at a time: h1, then h2s, with h3/h4 only below an h2.
    const levels = await page
      .locator('main')
      .evaluate((main) => Array.from(main.querySelectorAll('h1, h2, h3, h4')).map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    for (const [i, level] of levels.entries()) if (i > 0) expect(level - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
    // Question texts and labels, never raw item ids; plain words, no r_wg or effect size before the appendix.
    const mainText = await page.locator('main').innerText();
    expect(mainText).not.toMatch(/\b(culture|values|readiness|drives|tensions|triangle)\.[a-z_]+/);
    for (const id of ['summary', 'agenda', 'fault-lines', 'complements', 'shared-ground', 'value-case', 'readiness', 'triangle']) {
      await expect(page.locator(`#${id}`).innerText(), id).resolves.not.toMatch(/r_wg|effectgrootte|Cohen/);
    }
    // Top five fault lines open, the rest collapsed, grouped: differences to discuss before uneven
    // readiness; every row has every shown partner in its dot plot.
    const rows = page.locator('#fault-lines .finding-rows > li > details');
    await expect(rows.count()).resolves.toBe(report.faultLines.length);
    const groups = ['ways_of_working', 'values', 'tension', 'readiness', 'value_case'];
    const inPageOrder = [...report.faultLines.entries()].sort(([i, a], [j, b]) => groups.indexOf(a.kind) - groups.indexOf(b.kind) || i - j);
    const open = await rows.evaluateAll((all) => all.map((d) => (d as HTMLDetailsElement).open));
    expect(open).toEqual(inPageOrder.map(([i]) => i < 5));
    await expect(page.locator('#fault-lines h3').allInnerTexts()).resolves.toContain('Ongelijke bereidheid');
    await expect(rows.first().locator('.dp-row').count()).resolves.toBe(report.partners.filter((p) => p.status === 'shown').length);
    // An interval past the end of a scale is cut there, and the page says so (the shared strength on value reaches past 5).
    const { figures } = await (await api(baseUrl, secret).report.figures.$get({ query: { surveyId: baseline } })).json();
    const value = figures.sections.flatMap((s) => s.items).find((i) => i.itemId === 'triangle.value_1');
    expect(value?.kind === 'scale' && value.byPartner.some((s) => (s.ci95?.[1] ?? 0) > 5)).toBe(true);
    await expect(page.locator(`#shared-triangle-value_1 .dp-row`).allInnerTexts()).resolves.toContainEqual(
      expect.stringContaining('afgekapt op de schaal'),
    );
    // Every score that uses a divided partner's mean is marked, and only those: in the closeness
    // tables, whose figures are read when the reader opens them.
    const dividedCells = figures.sections.reduce((sum, s) => sum + s.pairScores.divided.flat().filter((count) => count > 0).length, 0);
    expect(dividedCells).toBeGreaterThan(0);
    await expect(page.locator('#heatmaps table').count()).resolves.toBe(0);
    await page.locator('#heatmaps details.appendix-body > summary').click();
    await page.locator('#heatmaps table').first().waitFor();
    await expect(page.locator('#heatmaps td.heat-divided').count()).resolves.toBe(dividedCells);
    // The triangle: one drawing with every partner, and the same scores per side on one axis.
    const triangle = await page.locator('#triangle svg.chart').evaluate((svg) => {
      const [titleId, descId] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
      return {
        role: svg.getAttribute('role'),
        title: document.getElementById(titleId!)?.textContent,
        desc: document.getElementById(descId!)?.textContent ?? '',
      };
    });
    expect(triangle.role).toBe('img');
    for (const partner of report.partners) expect(triangle.desc).toContain(partner.name);
    await expect(page.locator('#triangle .dotplot').count()).resolves.toBe(3);
    await expectAccessible(page, 'the report (nl)');

    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // Details on demand: a pair's comparisons are fetched when it is opened.
    await page.locator('#pairs details.appendix-body > summary').click();
    await page.locator('#pairs .pair-list > li > details > summary').first().click();
    await page.locator('#pairs .pair-list table tbody tr').first().waitFor();
    const pairRows = await page.locator('#pairs .pair-list table tbody tr').count();
    expect(pairRows).toBeGreaterThan(50);

    // The executive printout: the first screen, the agenda and the key findings on at most 6 A4 pages.
    const executive = await pdfText(await printPdf(page));
    expect(executive.pages).toBeLessThanOrEqual(6);
    for (const heading of headingsIn('nl', 'executive'))
      expect(squeeze(executive.text), `summary PDF: ${heading}`).toContain(squeeze(heading));
    expect(squeeze(executive.text)).not.toContain(squeeze('Uitsplitsing naar functie en betrokkenheid'));
    // The agenda alone fits on one page and holds every question.
    const agendaQuestions = await page.locator('#agenda .agenda-question').count();
    expect(agendaQuestions).toBeGreaterThan(3);
    const agenda = await pdfText(await printPdf(page, 'agenda'));
    expect(agenda.pages).toBe(1);
    expect(occurrences(agenda.text, 'Vraag:')).toBe(agendaQuestions);
    // The full report: every heading, on more pages.
    const fullPdf = await printPdf(page, 'full');
    const full = await pdfText(fullPdf);
    expect(countPageObjects(fullPdf)).toBe(full.pages);
    expect(full.pages).toBeGreaterThan(executive.pages);
    for (const heading of headingsIn('nl')) expect(squeeze(full.text), `full PDF: ${heading}`).toContain(squeeze(heading));
    // Every detail the page reads on demand is read for it: every pair, the breakdowns, the comments.
    const paper = squeeze(full.text);
    expect(occurrences(paper, squeeze('dicht bij elkaar op'))).toBe(figures.pairs.length);
    expect(paper).toContain(squeeze('Alleen getoond als elke groep'));
    const { comments } = await (await api(baseUrl, secret).report.comments.$get({ query: { surveyId: baseline } })).json();
    const comment = comments.byPartner.flatMap((p) => p.items.flatMap((i) => i.comments))[0];
    expect(comment).toBeDefined();
    expect(paper).toContain(squeeze(comment!));
    // A capability secret never reaches paper.
    for (const printed of [executive, agenda, full]) expect(printed.text).not.toContain(secret);
    console.info(
      `report at 1280 px: ${height} px high; printed: summary ${executive.pages}, agenda ${agenda.pages}, full ${full.pages} A4 pages; ${artifactPath('report-top.png')}`,
    );

    await page.locator('.print-choice select').selectOption('executive');
    await page.getByRole('button', { name: 'English' }).click();
    for (const heading of headingsIn('en')) {
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true }).isVisible(), heading).resolves.toBe(true);
    }
    await expectAccessible(page, 'the report (en)');
    const english = await pdfText(await printPdf(page));
    for (const heading of ['Summary', 'Differences to discuss', 'Readiness scorecard'])
      expect(squeeze(english.text)).toContain(squeeze(heading));

    expect(problems).toEqual([]);
    await close();
  }, 240_000);
});

describe('a partner under k', () => {
  it('is shown only as "not enough responses" on the page, in the PDF, in the JSON and in the figures export', async () => {
    const partners = ['Gemeente Oosterveld', 'Welzijn Samen', 'Kringloop Klein'];
    const withheld = partners[2]!;
    const setup = await partnershipWithResponses(baseUrl, partners, [6, 7, 2], 5);
    const withheldId = setup.partnerIds[2]!;
    const { page, problems, close } = await laptop(browser(), baseUrl);
    // The organiser's link: it opens the same report as a report link.
    await openReport(page, `${baseUrl}/report#${setup.organiserSecret}`);
    // Which release it is, in words: the day in Dutch, and the 13 responses of the partners shown.
    const day = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date());
    await expect(page.locator('.release-line').innerText()).resolves.toBe(`Stand van ${day}, 13 reacties.`);
    // How each shown partner's responses came in: all through one open link without a maximum.
    const channels = page.locator('#channels tbody tr');
    await expect(channels.count()).resolves.toBe(2);
    await expect(channels.first().innerText()).resolves.toMatch(
      /^Gemeente Oosterveld \(A\)\s+0\s+6\s+onbekend\s+1 open link zonder maximum$/,
    );

    const notEnough = 'Nog niet genoeg reacties (minder dan 5)';
    await expect(page.locator('#responses tr', { hasText: withheld }).innerText()).resolves.toContain(notEnough);
    await expect(page.locator('#summary .withheld-notice').innerText()).resolves.toBe(`${withheld}: ${notEnough.toLowerCase()}`);
    // Every place the name appears is the response overview or a "not enough responses" notice.
    const placesNamed = await page.locator('main').evaluate((main, name) => {
      const places: string[] = [];
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.includes(name)) continue;
        const element = node.parentElement!;
        places.push(
          element.closest('#responses')
            ? 'overview'
            : element.closest('.withheld-notice')
              ? 'notice'
              : `elsewhere: ${element.closest('section')?.id} ${element.outerHTML.slice(0, 120)}`,
        );
      }
      return places;
    }, withheld);
    // The first screen's notice, and the overview's sentence and row.
    expect(placesNamed.sort()).toEqual(['notice', 'overview', 'overview']);
    // Its figures exist nowhere: no chart letter, no row in any dot plot, table or matrix.
    await expect(page.locator('.legend').innerText()).resolves.not.toContain(withheld);
    await expect(page.locator('.dotplot, svg.chart, table.heat', { hasText: withheld }).count()).resolves.toBe(0);
    await expectAccessible(page, 'the report with a partner under k');

    // On paper (the full report): the first screen's notice, and the overview's sentence and row.
    const printed = await pdfText(await printPdf(page, 'full'));
    const paper = squeeze(printed.text);
    expect(paper).toContain(squeeze(notEnough));
    expect(occurrences(paper, squeeze(withheld))).toBe(3);

    // The JSON download: the model, with the partner as "not enough responses" and nowhere else.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.report-header').getByRole('button', { name: 'Rapport downloaden (JSON)' }).click(),
    ]);
    const downloaded = readFileSync((await download.path())!, 'utf8');
    const json = JSON.parse(downloaded) as { report: { partners: { id: string; name: string; status: string }[] } };
    expect(json.report.partners.find((p) => p.id === withheldId)).toEqual({
      id: withheldId,
      name: withheld,
      status: 'not_enough_responses',
    });
    expect(occurrences(downloaded, withheldId)).toBe(1);
    expect(occurrences(downloaded, withheld)).toBe(1);
    // The download is the model the API serves (the overview with the rest of its figures), not a copy the page reshaped.
    const served = await (await api(baseUrl, setup.organiserSecret).report.$get({ query: {} })).json();
    const { figures } = await (await api(baseUrl, setup.organiserSecret).report.figures.$get({ query: {} })).json();
    expect(json).toEqual({ ...served, report: { ...served.report, ...figures } });

    // The figures export, as the page downloads it: the shown partners' figures, nothing of the third.
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Cijfers downloaden (CSV)' }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(/^samenwaarde-cijfers-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFStand van;Partner;Groep;Vraag (code);Vraag;Maat;Antwoord, onderdeel of partner;Waarde');
    expect(csv).toContain(`;${partners[0]};alle reacties;;;reacties;;6\r\n`);
    expect(csv).not.toContain(withheld);
    // A report link offers the same download.
    const reader = await laptop(browser(), baseUrl);
    await openReport(reader.page, `${baseUrl}/report#${setup.reportSecret}`);
    await expect(reader.page.getByRole('button', { name: 'Cijfers downloaden (CSV)' }).count()).resolves.toBe(1);
    await reader.close();

    expect(problems).toEqual([]);
    await close();
  }, 180_000);
});
