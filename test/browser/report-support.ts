/**
 * What the report browser tests share: a laptop-sized page, the report's section headings in both
 * languages (written out, as a reader sees them), a partnership seeded through the respond API, and reading a
 * printed PDF back as text (pdfjs-dist, pinned) so a test can check what ends up on paper.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, Page } from 'playwright-core';
import { currentInstrument } from '../../core/instrument';
import type { Language, SectionId } from '../../core/instrument/types';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { api, createPartnership, issueLinks } from '../../scripts/local/api';
import { watchPage } from '../support/browser';

export const LAPTOP = { width: 1280, height: 900 } as const;

/**
 * Every report section's heading, in page order, in Dutch and English, and the printout it belongs
 * to (the executive one holds the `executive` sections; the full one all): written out here, not
 * read from the page's source, so a heading that changes or goes missing fails the test.
 */
export const SECTION_HEADINGS = [
  { nl: 'Samenvatting', en: 'Summary', print: 'executive' },
  { nl: 'Wat veranderde sinds de vorige meting', en: 'What changed since the last wave', print: 'full' },
  { nl: 'Agenda voor het gesprek', en: 'Agenda for the discussion', print: 'executive' },
  { nl: 'Verschillen om te bespreken', en: 'Differences to discuss', print: 'executive' },
  { nl: 'Verschillen die elkaar aanvullen', en: 'Differences that complement', print: 'full' },
  { nl: 'Gedeelde basis en gedeelde zorgen', en: 'Shared ground and shared concerns', print: 'executive' },
  { nl: 'Halen en brengen', en: 'Get and bring', print: 'executive' },
  { nl: 'Samenwerkingsbereidheid: scorekaart', en: 'Readiness scorecard', print: 'executive' },
  { nl: 'Driehoek van Moore: waarde, kunnen en draagvlak', en: 'Moore’s triangle: value, capacity and support', print: 'executive' },
  { nl: 'Waardepropositie per partner', en: 'Value proposition per partner', print: 'full' },
  { nl: 'Waarden: wat voor elke partner voorgaat', en: 'Values: what comes first for each partner', print: 'full' },
  { nl: 'Spanningen', en: 'Tensions', print: 'full' },
  { nl: 'Beeld van elkaar', en: 'Perception gaps', print: 'full' },
  { nl: 'Reacties per partner', en: 'Responses per partner', print: 'full' },
  { nl: 'Hoe de reacties binnenkwamen', en: 'How the responses came in', print: 'full' },
  { nl: 'Zo leest u dit rapport', en: 'How to read this report', print: 'full' },
  { nl: 'Nabijheid van antwoorden per onderdeel', en: 'Closeness of answers per section', print: 'full' },
  { nl: 'Drijfveren per partner', en: 'Drive profiles per partner', print: 'full' },
  { nl: 'Werkwijze: posities per schaal', en: 'Ways of working: positions per scale', print: 'full' },
  { nl: 'Alle paren van partners', en: 'Every pair of partners', print: 'full' },
  { nl: 'In hun eigen woorden', en: 'In their own words', print: 'full' },
  { nl: 'Uitsplitsing naar functie en betrokkenheid', en: 'Breakdowns by role and involvement', print: 'full' },
] as const;

export const headingsIn = (language: Language, print?: 'executive') =>
  SECTION_HEADINGS.filter((h) => !print || h.print === print).map((h) => h[language]);

/** Where screenshots and PDFs of a run go (git ignores test-results/). */
export function artifactPath(name: string): string {
  const dir = join(process.cwd(), 'test-results');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

/** A laptop page (or another viewport) that records page errors and any request to another origin. */
export async function laptop(
  browser: Browser,
  baseUrl: string,
  viewport: { width: number; height: number } = LAPTOP,
): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = watchPage(page);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseUrl).origin)
      problems.push(`request to another origin: ${url.origin}`);
  });
  return { page, problems, close: () => context.close() };
}

/** Opens a report link and waits until the report (not the loading line) is on screen. */
export async function openReport(page: Page, url: string, language: Language = 'nl'): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { level: 2, name: SECTION_HEADINGS[0][language], exact: true }).waitFor();
}

/**
 * Prints the page as Chromium does (A4, backgrounds) and returns the PDF bytes: what the reader
 * chose in the page's print choice (`mode`: the summary, the agenda or the full report), chosen
 * through that control as a reader does; without `mode`, whatever is chosen (the summary at first).
 */
export async function printPdf(page: Page, mode?: 'executive' | 'agenda' | 'full'): Promise<Buffer> {
  const choice = page.locator('.print-choice select');
  if (mode) await choice.selectOption(mode);
  // The page applies the choice to <html> after it renders (an effect, also on its first render):
  // print only once it has, whether the choice was just made or is the one already shown.
  const chosen = mode ?? (await choice.inputValue());
  await page.locator(`html[data-print="${chosen}"]`).waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return pdf;
}

/** Page objects in the PDF file itself (`/Type /Page`, not `/Pages`). */
export function countPageObjects(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

/** The PDF's text, page by page, as pdf.js extracts it. */
export async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await document.destroy();
  return { pages: document.numPages, text: pages.join('\n') };
}

/**
 * Text compared without white space: a PDF places words and line breaks as it likes, so "Reacties
 * per partner" may come out as "Reactiesper partner" or split over two lines.
 */
export const squeeze = (value: string) => value.replace(/\s+/g, '');

/** How often `needle` occurs in `haystack`. */
export function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/**
 * A partnership of the given partners (k = `minGroupSize`), every section of the instrument, with
 * `responses[i]` synthetic responses for partner i submitted through the respond API.
 */
export async function partnershipWithResponses(
  baseUrl: string,
  partners: readonly string[],
  responses: readonly number[],
  minGroupSize: number,
) {
  const sections: SectionId[] = currentInstrument.sections.map((s) => s.id);
  const created = await createPartnership(baseUrl, { partners, sections, minGroupSize });
  const surveyId = created.surveyId;
  const random = seededRandom(7);
  for (const [index, partnerId] of created.partnerIds.entries()) {
    const [link] = await issueLinks(baseUrl, created.organiserSecret, {
      scope: 'respondent_open',
      surveyId,
      partnerId,
      count: 1,
      maxUses: null,
    });
    const others = created.partnerIds.filter((id) => id !== partnerId);
    for (let r = 0; r < (responses[index] ?? 0); r++) {
      const answers = syntheticAnswers({ instrument: currentInstrument, sections, otherPartnerIds: others, random });
      const submitted = await api(baseUrl, link!.secret).respond.submit.$post({
        json: { submissionId: crypto.randomUUID().replaceAll('-', ''), language: 'nl', answers },
      });
      if (submitted.status !== 201) throw new Error(`a response was refused: ${submitted.status} ${await submitted.text()}`);
    }
  }
  const [report] = await issueLinks(baseUrl, created.organiserSecret, { scope: 'report', surveyId, count: 1 });
  return { organiserSecret: created.organiserSecret, reportSecret: report!.secret, surveyId, partnerIds: created.partnerIds };
}
