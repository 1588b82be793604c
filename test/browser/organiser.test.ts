/**
 * The organiser's whole round on a laptop, as an HR organiser would run it over weeks: set up a
 * partnership, come back to the open link and its QR code after a reload, run a mail merge in the
 * browser (no address reaches the server), see a response come in, send the reminder list to the
 * others, re-issue the poster's link, hand over to a colleague, and read the audit list — with axe
 * on every part, in Dutch and in English.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseCsv } from '../../core/csv';
import { api } from '../../scripts/local/api';
import { readXlsx } from '../../web/src/routes/organise/mailing/ooxml';
import { answerWith } from '../support/answer';
import { expectAccessible } from '../support/axe';
import { sharedBrowser, watchPage } from '../support/browser';

const baseUrl = inject('baseUrl');
const LAPTOP = { width: 1280, height: 900 } as const;
const browser = sharedBrowser();

const PEOPLE = [
  ['Jan Jansen', 'jan.jansen@rivierstad.example'],
  ['Ann de Vries', 'ann.devries@rivierstad.example'],
  ['Mo Haddad', 'mo.haddad@rivierstad.example'],
] as const;

/** Every body the page sends to the API, to show that no address is among them. */
function requestBodies(page: Page): string[] {
  const bodies: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) bodies.push(request.postData() ?? '');
  });
  return bodies;
}

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

async function openTab(page: Page, name: string, heading: string) {
  await tab(page, name).click();
  await page.getByRole('heading', { level: 2, name: heading, exact: true }).first().waitFor();
}

describe('an organiser on a laptop, over weeks', () => {
  it('keeps every link, runs the mail merge and the reminders in the browser, and hands over', async () => {
    const context = await browser().newContext({ viewport: LAPTOP, acceptDownloads: true });
    const page = await context.newPage();
    const problems = watchPage(page);
    const bodies = requestBodies(page);

    // Set up, with the defaults the mission asks for.
    await page.goto(`${baseUrl}/new`);
    await page.getByRole('heading', { name: 'Een samenwerking starten' }).waitFor();
    await page.getByLabel('Naam van de samenwerking', { exact: true }).fill('Werk in de wijk');
    await page.getByLabel('De maatschappelijke opgave', { exact: true }).fill('Meer mensen uit de wijk aan het werk');
    // Optional: the partnership's texts for English-speaking respondents.
    await page.getByLabel('Naam van de samenwerking in het Engels').fill('Work in the neighbourhood');
    await page.getByLabel('De maatschappelijke opgave in het Engels').fill('More people from the neighbourhood in work');
    await page.getByLabel('Functie van de samenwerking').selectOption('operational_alignment');
    await page.getByLabel('Stip op de horizon').fill('2030: iedereen die kan werken, werkt');
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    for (const [i, [name, sector, staff]] of [
      ['Gemeente Rivierstad', 'public', '40'],
      ['Zorggroep De Linde', 'civil_society', '25'],
      ['Bouwbedrijf Van Dam', 'private', '12'],
    ].entries()) {
      await page.locator(`#partner-${i}`).fill(name!);
      await page.locator(`#sector-${i}`).selectOption(sector!);
      await page.locator(`#staff-${i}`).fill(staff!);
    }
    const sections = page.getByRole('group', { name: 'Onderdelen' });
    for (const section of ['Halen en brengen', 'Waarde, kunnen en draagvlak', 'Spanningen', 'In uw eigen woorden'])
      expect(await sections.getByLabel(section).isChecked(), section).toBe(true);
    expect(await sections.getByLabel('Over u').isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Samenwerking aanmaken' }).click();
    const organiserUrl = await page.getByLabel('Organisatorlink', { exact: true }).inputValue();
    expect(organiserUrl).toMatch(new RegExp(`^${baseUrl}/organise#[A-Za-z0-9_-]{24}$`));
    await page.getByRole('link', { name: /naar de organisatorpagina/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Werk in de wijk' }).waitFor();

    // The response part first: counts per partner, k and the rate, nothing yet.
    await page.getByRole('table', { name: 'Respons per partner' }).waitFor();
    await page.getByText('Alleen u heeft een organisatorlink.').waitFor();
    await page.getByText('Naam en opgave in het Engels').click();
    expect(await page.getByLabel('Naam van de samenwerking in het Engels').inputValue()).toBe('Work in the neighbourhood');
    expect(await page.getByLabel('De maatschappelijke opgave in het Engels').inputValue()).toBe(
      'More people from the neighbourhood in work',
    );
    await expectAccessible(page, 'organiser page: response');

    // An open link for the poster, shown again after a reload, with its QR code and texts.
    await openTab(page, 'Links', 'Links per partner');
    await page.getByRole('button', { name: 'Open link maken' }).click();
    const openField = page.getByRole('textbox', { name: 'Open link voor Gemeente Rivierstad', exact: true });
    const posterUrl = await openField.inputValue();
    expect(posterUrl).toMatch(new RegExp(`^${baseUrl}/respond#[A-Za-z0-9_-]{24}$`));
    // Without a number the open link is capped at the partner's expected staff.
    await page.getByText('0 van 40 antwoorden gebruikt').waitFor();
    await page.reload();
    await page.getByRole('tab', { name: 'Links', selected: true }).waitFor();
    expect(await openField.inputValue()).toBe(posterUrl);
    await page.getByRole('img', { name: 'QR-code van de open link voor Gemeente Rivierstad' }).waitFor();
    await page.getByText('Uitnodiging en herinnering').click();
    expect(await page.getByRole('textbox', { name: 'Uitnodiging (Nederlands): Gemeente Rivierstad' }).inputValue()).toContain(
      `Naar de vragenlijst: ${posterUrl}`,
    );
    const englishReminder = await page.getByRole('textbox', { name: 'Herinnering (Engels): Gemeente Rivierstad' }).inputValue();
    expect(englishReminder).toContain(`To the survey: ${posterUrl}`);
    expect(englishReminder).toContain('the survey of "Work in the neighbourhood"');

    // The mail merge: three people pasted from Excel, a personal link each, as .xlsx and as CSV.
    const pasted = ['Naam\tE-mail', ...PEOPLE.map(([name, email]) => `${name}\t${email}`)].join('\n');
    await page.getByLabel('Namen en e-mailadressen van Gemeente Rivierstad').fill(pasted);
    await page.getByText('3 mensen gevonden.').waitFor();
    await page.getByRole('button', { name: 'Maak 3 persoonlijke links' }).click();
    await page.getByText(/Lijst van 3 mensen, gemaakt op .*: 0 hebben hun link gebruikt, 3 nog niet\./).waitFor();
    await expectAccessible(page, 'organiser page: links with a mail-merge list');
    const xlsx = await download(page, () => page.getByRole('button', { name: 'Iedereen met link: Excel (.xlsx)' }).click());
    expect(xlsx.name).toMatch(/^samenwaarde-uitnodigingen-gemeente-rivierstad-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const [header, ...rows] = readXlsx(new Uint8Array(xlsx.bytes));
    expect(header).toEqual(['Naam', 'E-mailadres', 'Link']);
    expect(rows.map((r) => [r[0], r[1]])).toEqual(PEOPLE.map(([n, e]) => [n, e]));
    for (const row of rows) expect(row[2]).toMatch(new RegExp(`^${baseUrl}/respond#[A-Za-z0-9_-]{24}$`));
    const csv = await download(page, () => page.getByRole('button', { name: 'Iedereen met link: CSV voor Excel' }).click());
    const csvText = csv.bytes.toString('utf8');
    expect(csvText.startsWith('\uFEFFNaam;E-mailadres;Link\r\n')).toBe(true);
    expect(parseCsv(csvText, ';').slice(1)).toEqual(rows);
    const letter = await download(page, () =>
      page.getByRole('button', { name: 'Herinnering (Nederlands), Word met samenvoegvelden' }).click(),
    );
    expect(letter.name).toMatch(/\.docx$/);
    // No name and no address ever left the browser.
    for (const body of bodies) for (const person of PEOPLE) for (const part of person) expect(body).not.toContain(part);

    // Another open link without a maximum is a choice the page warns about before, and the Worker after.
    const gemeenteLinks = page.getByRole('region', { name: 'Gemeente Rivierstad' });
    await gemeenteLinks.getByText('Nog een open link maken').click();
    await gemeenteLinks.getByLabel('Geen maximum (niet aanbevolen)').check();
    await gemeenteLinks.getByText('Zonder maximum kan iedereen met de link onbeperkt antwoorden toevoegen.', { exact: false }).waitFor();
    await gemeenteLinks.getByRole('button', { name: 'Open link maken' }).click();
    await page
      .locator('p.warning-text[role="alert"]', { hasText: 'meer antwoorden binnenkomen dan Gemeente Rivierstad medewerkers heeft' })
      .waitFor();
    await expectAccessible(page, 'organiser page with the open-link warning');
    // Revoked again (through the API: the list now has two open links alike).
    const organiser = api(baseUrl, organiserUrl.split('#')[1]).organiser;
    const uncapped = (await (await organiser.$get()).json()).links.find((l) => l.scope === 'respondent_open' && l.maxUses === null);
    expect((await organiser.links[':id'].revoke.$post({ param: { id: uncapped!.id } })).status).toBe(200);

    // Weeks later: Ann answered; the response part shows it by itself, and the reminder list leaves her out.
    await answerWith(baseUrl, rows[1]![2]!.split('#')[1]!, 1);
    await page.reload();
    await page.getByText(/1 hebben hun link gebruikt, 2 nog niet/).waitFor();
    const reminders = await download(page, () =>
      page.getByRole('button', { name: 'Herinneringslijst: alleen wie nog niet antwoordde (2): Excel (.xlsx)' }).click(),
    );
    expect(reminders.name).toMatch(/^samenwaarde-herinneringen-/);
    expect(readXlsx(new Uint8Array(reminders.bytes)).map((r) => r[1])).toEqual(['E-mailadres', PEOPLE[0][1], PEOPLE[2][1]]);
    await openTab(page, 'Respons', 'Respons');
    const gemeente = page.getByRole('table', { name: 'Respons per partner' }).getByRole('row', { name: /Gemeente Rivierstad/ });
    await expect.poll(() => gemeente.getByRole('cell').allTextContents()).toEqual(['40', '1', '1', '3%', 'Nog niet: nog 4 nodig']);

    // The list lives on this device only, until the organiser forgets it.
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samenwaarde.mailing.')));
    expect(kept).toHaveLength(1);
    expect(await page.evaluate((key) => localStorage.getItem(key), kept[0]!)).not.toContain('#');
    await openTab(page, 'Links', 'Links per partner');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Deze lijst vergeten' }).click();
    await page.getByText('De lijst is van dit apparaat gewist.').waitFor();
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samenwaarde.mailing.')))).toEqual([]);

    // The poster's link leaked: re-issued, the new one is shown at once and after a reload, with its QR code.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Opnieuw uitgeven: Open link respondenten, Gemeente Rivierstad, Open link' }).click();
    await expect.poll(() => openField.inputValue()).not.toBe(posterUrl);
    const newPosterUrl = await openField.inputValue();
    await page.reload();
    expect(await page.getByRole('textbox', { name: 'Open link voor Gemeente Rivierstad', exact: true }).inputValue()).toBe(newPosterUrl);
    await page.getByRole('img', { name: 'QR-code van de open link voor Gemeente Rivierstad' }).waitFor();
    expect((await api(baseUrl, posterUrl.split('#')[1]).respond.$get()).status).toBe(404);

    // The survey and the waves.
    await openTab(page, 'Vragenlijst', 'Status');
    await page.getByRole('link', { name: 'Voorbeeld openen (nieuw tabblad)' }).waitFor();
    await expectAccessible(page, 'organiser page: survey');
    await openTab(page, 'Metingen', 'Metingen');
    await expectAccessible(page, 'organiser page: waves');

    // Hand-over: a backup organiser link for a colleague, who acts; the audit list says who did what.
    await openTab(page, 'Overdracht', 'Organisatorlinks');
    await page.getByRole('button', { name: 'Organisatorlink maken' }).click();
    await page.getByText('Omschrijving: geef de organisatorlink een omschrijving, bijvoorbeeld de naam van uw collega').waitFor();
    await page.getByLabel('Voor wie is de nieuwe organisatorlink?').fill('Fatima Yilmaz (HR)');
    await page.getByRole('button', { name: 'Organisatorlink maken' }).click();
    const fatimaUrl = await page.getByRole('textbox', { name: 'Organisatorlink voor Fatima Yilmaz (HR)' }).inputValue();
    await expectAccessible(page, 'organiser page: hand-over');
    const colleague = await context.newPage();
    const colleagueProblems = watchPage(colleague);
    await colleague.goto(fatimaUrl.replace('/organise#', '/organise?tab=links#'));
    expect(await colleague.getByRole('textbox', { name: 'Open link voor Gemeente Rivierstad', exact: true }).inputValue()).toBe(
      newPosterUrl,
    );
    await colleague.getByLabel('Omschrijving (bijvoorbeeld: stuurgroep)').fill('stuurgroep');
    await colleague.getByRole('button', { name: 'Rapportlink maken' }).click();
    // By default a report link reads every wave of the partnership, later ones too.
    await colleague.getByRole('textbox', { name: 'Rapportlink (stuurgroep, alle metingen)' }).waitFor();
    expect(colleagueProblems).toEqual([]);
    await colleague.close();
    await page.reload();
    const audit = page.getByRole('table', { name: 'Logboek van deze samenwerking' });
    await audit.waitFor();
    const latest = await audit.getByRole('row').nth(1).getByRole('cell').allTextContents();
    expect(latest.slice(1)).toEqual(['Fatima Yilmaz (HR)', 'Gemaakt: Rapport lezen, stuurgroep, alle metingen']);
    expect(latest[0]).toMatch(/^\d{1,2} [a-z]+ \d{4}$/);
    const actions = (await audit.getByRole('row').allTextContents()).join('\n');
    for (const action of ['Opnieuw uitgegeven', 'Geëxporteerd: Persoonlijke link', 'Gemaakt: Organisator, Fatima Yilmaz (HR)'])
      expect(actions).toContain(action);
    expect(await page.getByText('Alleen u heeft een organisatorlink.').count()).toBe(0);

    // Every part in English too, dates written the English way.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('table', { name: 'Audit list of this partnership' }).waitFor();
    expect(
      await page
        .getByRole('table', { name: 'Audit list of this partnership' })
        .getByRole('row')
        .nth(1)
        .getByRole('cell')
        .first()
        .textContent(),
    ).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    for (const [name, heading] of [
      ['Hand-over', 'Organiser links'],
      ['Response', 'Response'],
      ['Links', 'Links per partner'],
      ['Survey', 'Status'],
      ['Waves', 'Waves'],
    ] as const) {
      await openTab(page, name, heading);
      await expectAccessible(page, `organiser page in English: ${name}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('moves between the parts with the arrow keys, as tabs do', async () => {
    const { organiserSecret } = await api(baseUrl)
      .partnerships.$post({
        json: {
          partnership: { name: 'Samen sterk', challenge: 'Jeugdzorg', collaborationFunction: 'joint_development', horizon: '2030' },
          partners: [
            { name: 'Gemeente', sector: 'public' },
            { name: 'School', sector: 'knowledge_institution' },
          ],
        },
      })
      .then((res) => res.json());
    const page = await browser().newPage({ viewport: LAPTOP });
    await page.goto(`${baseUrl}/organise#${organiserSecret}`);
    await tab(page, 'Respons').focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Links', selected: true }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Links');
    await page.keyboard.press('End');
    await page.getByRole('tab', { name: 'Overdracht', selected: true }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Respons', selected: true }).waitFor();
    // Without a survey, the parts that need one say where to make it.
    await page.getByText('Deze samenwerking heeft nog geen vragenlijst. Maak er een onder "Metingen".').waitFor();
    expect(new URL(page.url()).searchParams.get('tab')).toBe('response');
    await page.close();
  });
});

describe('the scheduled retention run, locally', () => {
  it('is triggered through wrangler dev --test-scheduled', async () => {
    const res = await fetch(`${baseUrl}/__scheduled?cron=${encodeURIComponent('17 3 * * *')}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('Ran scheduled event');
  });
});
