/**
 * HR sends the invitations and reminders from Samenwaarde itself: a list uploaded as a Dutch CSV,
 * a personal link per person, the invitation sent in each person's language, a result per person
 * (a refused address, a delivery failure the outbox injects), a new try for the failed ones, and
 * later one click for the reminder to those who have not answered. The messages land in the local
 * outbox; no name ever leaves the browser, and an address only inside its own message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { createPartnership } from '../../scripts/local/api';
import { readEml } from '../../scripts/local/outbox';
import { answerWith } from '../support/answer';
import { expectAccessible } from '../support/axe';
import { sharedBrowser, watchPage } from '../support/browser';

const baseUrl = inject('baseUrl');
const outboxUrl = inject('outboxUrl');
const outboxDir = inject('outboxDir');
const browser = sharedBrowser();

const PEOPLE = [
  ['Jan Jansen', 'jan.jansen@rivierstad.example', 'nl'],
  ['Ann de Vries', 'ann.devries@rivierstad.example', 'Engels'],
  ['Mo Haddad', 'mo.haddad@onbekend.invalid', 'nl'],
  ['Sara Bakker', 'sara.bakker@rivierstad.example', 'nl'],
] as const;
const REPLY_TO = 'hr.afdeling@rivierstad.example';

/** The messages in the outbox for these people, read as a mail program would. */
function outbox() {
  const ours = new Set<string>(PEOPLE.map((p) => p[1]));
  return readdirSync(outboxDir)
    .sort()
    .map((file) => readEml(readFileSync(join(outboxDir, file), 'utf8')))
    .filter((eml) => ours.has(eml.header('To')));
}

/** The status a person's row of the results table shows. */
const rowOf = (page: Page, name: string) =>
  page.getByRole('table', { name: 'Per persoon: wat er verstuurd is' }).getByRole('row').filter({ hasText: name });

describe('an organiser sending from Samenwaarde', () => {
  it('sends the invitation per person, shows each result, tries the failed ones again, and reminds those who have not answered', async () => {
    const partnership = await createPartnership(baseUrl, {
      english: { nameEn: 'Work in the neighbourhood', challengeEn: 'More people in work' },
    });
    const page = await (await browser().newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const problems = watchPage(page);
    const requests: { path: string; body: string }[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/api/')) requests.push({ path, body: r.postData() ?? '' });
    });
    page.on('dialog', (dialog) => void dialog.accept());

    await page.goto(`${baseUrl}/organise#${partnership.organiserSecret}`);
    await page.getByRole('tab', { name: 'Links', exact: true }).click();
    const gemeente = page.getByRole('region', { name: 'Gemeente Rivierstad' });
    const csv = ['Naam;E-mailadres;Taal', ...PEOPLE.map((p) => p.join(';'))].join('\r\n');
    await gemeente
      .getByLabel('Of kies een bestand')
      .setInputFiles({ name: 'medewerkers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await gemeente.getByText('4 mensen gevonden.').waitFor();
    await gemeente.getByRole('button', { name: 'Maak 4 persoonlijke links' }).click();

    // The invitation, each in their own language; the outbox refuses the first message once, as a mail server might.
    await gemeente.getByLabel('Antwoorden gaan naar (uw e-mailadres)').fill(REPLY_TO);
    expect(await gemeente.getByLabel('Taal van het bericht').inputValue()).toBe('list');
    await fetch(`${outboxUrl}/refuse-next`, { method: 'POST', body: JSON.stringify({ code: 'E_DELIVERY_FAILED' }) });
    await gemeente.getByRole('button', { name: 'Uitnodiging versturen aan 4 mensen' }).click();
    await gemeente.getByText('Klaar: 2 verstuurd, 2 niet verstuurd.').waitFor();
    await rowOf(page, 'Jan Jansen').getByText('Uitnodiging niet verstuurd: de mailserver van de ontvanger weigerde het bericht.').waitFor();
    await rowOf(page, 'Mo Haddad').getByText('Uitnodiging niet verstuurd: naar dit adres gaat niets meer', { exact: false }).waitFor();
    await rowOf(page, 'Ann de Vries')
      .getByText(/^Uitnodiging verstuurd op \d+ \w+ \d{4}$/)
      .waitFor();
    await expectAccessible(page, 'organiser page: results of sending');

    // A new try for the failed ones: the delivery goes through now, the address that bounced before still does not.
    await gemeente.getByRole('button', { name: 'Opnieuw proberen bij wie het mislukte (2)' }).click();
    await gemeente.getByText('Klaar: 1 verstuurd, 1 niet verstuurd.').waitFor();
    await rowOf(page, 'Jan Jansen')
      .getByText(/^Uitnodiging verstuurd op/)
      .waitFor();
    const invited = outbox();
    expect(invited.map((m) => m.header('To'))).toEqual([PEOPLE[1][1], PEOPLE[3][1], PEOPLE[0][1]]);
    expect(invited.every((m) => m.header('Reply-To') === REPLY_TO)).toBe(true);
    expect(invited[0]!.header('Subject')).toBe('Invitation: the survey of "Work in the neighbourhood"');
    expect(invited[1]!.header('Subject')).toBe('Uitnodiging: de vragenlijst van "Werk in de wijk"');
    const links = invited.map((m) => /\/respond#([A-Za-z0-9_-]{24})/.exec(m.text)?.[1]);
    expect(new Set(links).size).toBe(3);
    // In development the page links to the outbox.
    expect(await gemeente.getByRole('link', { name: /bekijk wat verstuurd zou zijn/ }).getAttribute('href')).toBe(outboxUrl);

    // Weeks later Jan has answered: the reminder goes to the two others who got an invitation and have not answered.
    await answerWith(baseUrl, links[2]!, 7);
    await page.reload();
    await page.getByRole('tab', { name: 'Links', selected: true }).waitFor();
    await gemeente.getByRole('button', { name: 'Herinnering versturen aan de 2 die nog niet antwoordden' }).click();
    await gemeente.getByText('Klaar: 2 verstuurd, 0 niet verstuurd.').waitFor();
    await rowOf(page, 'Jan Jansen').getByText('Heeft geantwoord').waitFor();
    await rowOf(page, 'Sara Bakker')
      .getByText(/^Herinnering verstuurd op/)
      .waitFor();
    const reminded = outbox().slice(3);
    expect(reminded.map((m) => [m.header('To'), m.header('Subject')])).toEqual([
      [PEOPLE[1][1], 'Reminder: the survey of "Work in the neighbourhood"'],
      [PEOPLE[3][1], 'Herinnering: de vragenlijst van "Werk in de wijk"'],
    ]);

    // In English the same results read in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByRole('table', { name: 'Per person: what was sent' })
      .getByRole('row')
      .filter({ hasText: 'Mo Haddad' })
      .getByText('Invitation not sent: nothing goes to this address any more', { exact: false })
      .waitFor();
    await expectAccessible(page, 'organiser page: results of sending, in English');

    // The audit list counts the messages, per kind and day; it names no one.
    await page.getByRole('tab', { name: 'Hand-over', exact: true }).click();
    const audit = page.getByRole('table', { name: 'Audit list of this partnership' });
    await audit.getByText('Invitations sent: Gemeente Rivierstad, Nulmeting, 3 messages').waitFor();
    await audit.getByText('Reminders sent: Gemeente Rivierstad, Nulmeting, 2 messages').waitFor();

    // No name ever left the browser; an address only in the message for that person.
    for (const { path, body } of requests) {
      for (const [name, address] of PEOPLE) {
        expect(body).not.toContain(name);
        if (body.includes(address)) expect(path).toBe(`/api/organiser/surveys/${partnership.surveyId}/mail`);
      }
    }
    expect(problems).toEqual([]);
  });
});
