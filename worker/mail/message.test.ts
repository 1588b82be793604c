/**
 * The message one person receives: the organiser page's own letter with their link, in their
 * language, as text and as HTML in which nothing the organiser typed can become markup; and what
 * the Email Service's answers mean for the organiser.
 */
import { describe, expect, it } from 'vitest';
import { invitationFacts, invitationText } from '../../core/invitation';
import { errorCode, failureOf } from './mailer';
import { letterMessage } from './message';

const link = 'https://samenwaarde.example/respond#Abc123_-Abc123_-Abc123_-';
const facts = invitationFacts(
  {
    name: 'Werk <b>in</b> de "wijk" & meer',
    nameEn: 'Work in the neighbourhood',
    challenge: 'Meer mensen aan het werk.',
    challengeEn: null,
  },
  { name: 'Zorggroep <script>alert(1)</script>', shownAsOrganisation: false },
  { minGroupSize: 5, closesOn: '2026-06-30' },
  link,
);

describe('the message a person receives', () => {
  it('says in Dutch what the organiser page shows, with the link as a real link and everything else as text', () => {
    const message = letterMessage(facts, 'nl', 'invitation');
    expect(message.subject).toBe('Uitnodiging: de vragenlijst van "Werk <b>in</b> de "wijk" & meer"');
    expect(message.text.startsWith(invitationText(facts, 'nl', 'invitation'))).toBe(true);
    expect(message.text).toContain('30 juni 2026');
    expect(message.text).toContain('Een antwoord op dit bericht gaat naar de organisator.');
    expect(message.html).toContain(`<a href="${link}">${link}</a>`);
    expect(message.html).toContain('Werk &lt;b&gt;in&lt;/b&gt; de &quot;wijk&quot; &amp; meer');
    expect(message.html).toContain('Zorggroep &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(message.html).not.toMatch(/<script|<b>/);
    // Exactly one element per paragraph and the link: nothing else became markup.
    expect(message.html.match(/<a /g)).toHaveLength(1);
    expect(message.html).toContain('<html lang="nl">');
  });

  it('uses the English name in English, and the reminder’s own words', () => {
    const message = letterMessage(facts, 'en', 'reminder');
    expect(message.subject).toBe('Reminder: the survey of "Work in the neighbourhood"');
    expect(message.text).toContain('A while ago we asked you');
    expect(message.text).toContain('The survey closes after 30 June 2026.');
    expect(message.text).not.toContain('Werk');
  });

  it('keeps the subject on one line whatever the name holds', () => {
    const message = letterMessage({ ...facts, partnership: { nl: 'Twee\r\nBcc: iemand@example.org', en: null } }, 'nl', 'invitation');
    expect(message.subject).not.toMatch(/[\r\n]/);
  });
});

describe('what the Email Service answers', () => {
  it('keeps only the code of an error, never its message', () => {
    expect(errorCode(Object.assign(new Error('recipient x@y.example is suppressed'), { code: 'E_RECIPIENT_SUPPRESSED' }))).toBe(
      'E_RECIPIENT_SUPPRESSED',
    );
    // The local runtime's refusal has no code, only a message with the address in it.
    expect(errorCode(new Error('email to x@y.example not allowed'))).toBe('E_RECIPIENT_NOT_ALLOWED');
    expect(errorCode(new Error('email from x@y.example not allowed'))).toBe('E_SENDER_NOT_VERIFIED');
    expect(errorCode({ code: 'x@y.example' })).toBe('E_UNKNOWN');
    expect(errorCode('broken')).toBe('E_UNKNOWN');
  });

  it('goes on after a refused address, and stops a batch when the service itself cannot send', () => {
    expect(failureOf('E_RECIPIENT_SUPPRESSED')).toEqual({ failure: 'address_suppressed', stopBatch: false });
    expect(failureOf('E_VALIDATION_ERROR')).toEqual({ failure: 'address_refused', stopBatch: false });
    expect(failureOf('E_DELIVERY_FAILED')).toEqual({ failure: 'delivery_failed', stopBatch: false });
    expect(failureOf('E_SENDER_DOMAIN_NOT_AVAILABLE')).toEqual({ failure: 'not_set_up', stopBatch: true });
    expect(failureOf('E_DAILY_LIMIT_EXCEEDED')).toEqual({ failure: 'service_busy', stopBatch: true });
    expect(failureOf('E_UNKNOWN')).toEqual({ failure: 'service_error', stopBatch: true });
  });
});
