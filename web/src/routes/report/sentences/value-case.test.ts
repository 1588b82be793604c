/**
 * The value case in words, against a model built from answers: "nobody brings it" only when no
 * partner does, a partner that wants what only it brings itself said as such, "no other partner
 * wants it" only with who does want it, verbs that agree with the list before them, and every
 * partner named as "alle 4 partners" only when it is all of them.
 */
import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../../lib/words';
import { columns, same, viewOf } from './test-support';
import { gapSentence, matchSentence, oneSidedSentence, unusedSentence } from './value-case';

const partner = (name: string, brings: string[], wants: string[]) => ({
  name,
  answers: columns(4, { 'value_case.bring': same(4, brings), 'value_case.get': same(4, wants) }),
});

// Gemeente brings and wants funding (nobody else brings it); Zorggroep and ROC want it from
// Gemeente. ROC brings and wants technology, which Van Dam brings too. Nobody brings staff or a good
// name; every partner wants a good name.
const partners = [
  partner('Gemeente', ['funding', 'data', 'mandate'], ['funding', 'expertise', 'staff_capacity', 'reputation']),
  partner('Zorggroep', ['expertise'], ['funding', 'staff_capacity', 'reputation']),
  partner('ROC', ['expertise', 'technology'], ['technology', 'funding', 'reputation']),
  partner('Van Dam', ['expertise', 'technology', 'facilities', 'network'], ['reputation']),
];
const nl = viewOf(partners, 'nl', ['drives', 'culture', 'values', 'readiness', 'value_case']);
const en = viewOf(partners, 'en', ['drives', 'culture', 'values', 'readiness', 'value_case']);
const valueCase = nl.report.valueCase!;
const findings = nl.report.findings.valueCase!;

describe('matches in words', () => {
  it('names who wants a resource and who brings it, most partners served first', () => {
    expect(findings.matches.map((m) => matchSentence(nl, m))).toEqual([
      'Geld en financiering: Zorggroep en ROC zoeken het; Gemeente brengt het.',
      'Kennis en expertise: Gemeente zoekt het; Zorggroep, ROC en Van Dam brengen het.',
      'Technologie en systemen: ROC zoekt het; ROC en Van Dam brengen het.',
    ]);
    expect(matchSentence(en, findings.matches[1]!)).toBe(
      'Knowledge and expertise: Gemeente wants it; Zorggroep, ROC and Van Dam bring it.',
    );
  });
});

describe('gaps in words', () => {
  it('says nobody brings a resource only when no partner brings it, and "alle 4 partners" when all want it', () => {
    expect(findings.gaps.map((g) => gapSentence(nl, g))).toEqual([
      'Een goede naam: alle 4 partners zoeken het, maar geen enkele partner brengt het.',
      'Mensen en uren: Gemeente en Zorggroep zoeken het, maar geen enkele partner brengt het.',
      // Gemeente brings funding itself: never "brought by no one".
      'Geld en financiering: Gemeente zoekt het en is de enige die het brengt; geen andere partner brengt het.',
    ]);
    expect(gapSentence(en, findings.gaps[2]!)).toBe(
      'Money and funding: Gemeente wants it and is the only partner that brings it; no other partner does.',
    );
  });

  it('never says "nobody brings" a resource the matrix shows someone bringing', () => {
    for (const gap of valueCase.gaps) {
      const bringers = valueCase.byPartner.filter((p) => p.brings.includes(gap.optionId));
      expect(gapSentence(nl, gap).includes('geen enkele partner brengt'), gap.optionId).toBe(bringers.length === 0);
    }
  });
});

describe('unused offers in words', () => {
  it('says who wants an offer nobody else wants, matching the matrix', () => {
    const sentences = Object.fromEntries(valueCase.unusedOffers.map((u) => [u.optionId, unusedSentence(nl, u)]));
    expect(sentences).toEqual({
      data: 'Gegevens en cijfers: Gemeente brengt het, maar geen enkele partner zoekt het.',
      mandate: 'Bevoegdheden en vergunningen: Gemeente brengt het, maar geen enkele partner zoekt het.',
      facilities: 'Ruimte, gebouwen of een locatie: Van Dam brengt het, maar geen enkele partner zoekt het.',
      network: 'Een netwerk van contacten: Van Dam brengt het, maar geen enkele partner zoekt het.',
      // ROC wants technology itself; the sentence says so rather than "nobody wants it".
      technology: 'Technologie en systemen: ROC brengt het en is de enige die het zoekt; geen andere partner zoekt het.',
    });
    for (const offer of valueCase.unusedOffers) {
      const wanters = valueCase.byPartner.filter((p) => p.wants.includes(offer.optionId));
      expect(unusedSentence(nl, offer).includes('geen enkele partner zoekt'), offer.optionId).toBe(wanters.length === 0);
    }
  });

  it('names a one-sided partner with its counts', () => {
    const vanDam = valueCase.byPartner[3]!;
    expect(vanDam.oneSided).toBe('brings_more');
    expect(oneSidedSentence(nl, vanDam)).toBe('Van Dam komt vooral brengen: brengt 4 middelen en zoekt er 1.');
    expect(oneSidedSentence(en, vanDam)).toBe('Van Dam comes mainly to bring: it brings 4 resources and wants 1.');
    expect(oneSidedSentence(nl, valueCase.byPartner[0]!)).toBeNull();
  });
});

describe('lists and plurals', () => {
  it('join names and choose plurals through Intl', () => {
    const words = wordsFor('nl');
    expect(words.list(['A', 'B', 'C'])).toBe('A, B en C');
    expect(wordsFor('en').list(['A', 'B', 'C'])).toBe('A, B and C');
    expect(words.count(1, { nl: { one: 'paar', other: 'paren' }, en: { one: 'pair', other: 'pairs' } })).toBe('1 paar');
    expect(words.count(5, { nl: { one: 'paar', other: 'paren' }, en: { one: 'pair', other: 'pairs' } })).toBe('5 paren');
    expect(words.date('2026-11-12')).toBe('12 november 2026');
    expect(wordsFor('en').date('2026-11-12')).toBe('12 November 2026');
  });
});
