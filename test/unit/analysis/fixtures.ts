/**
 * Hand-made instruments and answer sets for the analysis tests. The aggregate rows are built from
 * explicit answers the way the submit batch builds them (statsDelta via aggregateResponses), and
 * the report input is their first release (as a report first read after those answers shows
 * them), so a test states answers and checks figures computed by hand from those answers.
 */

import { effectiveMinGroupSize, releaseStep } from '../../../core/confidentiality';
import { surveyItems } from '../../../core/instrument';
import type { Answers, Instrument, Item, Localized, Option, Section, SectionId } from '../../../core/instrument/types';
import type { GroupAggregate, PartnerInput, ReportInput } from '../../../worker/analysis';
import { releasePartner } from '../../../worker/analysis/release';
import { aggregateResponses, countersOf, type GroupTotals } from '../../../worker/analysis/stats';

const text = (s: string): Localized => ({ nl: s, en: s });
const options = (...ids: string[]): Option[] => ids.map((id) => ({ id, label: text(id) }));
const section = (id: SectionId, items: Item[]): Section => ({ id, title: text(id), intro: text(id), minutes: 1, items });

/** A small instrument with one or more items of every format, with the tags the analysis reads. */
export const instrument: Instrument = {
  version: 99,
  sections: [
    section('drives', [
      { id: 'drives.mix', format: 'allocation', total: 100, required: true, text: text('mix'), options: options('a', 'b') },
    ]),
    section('culture', [
      {
        id: 'culture.pace',
        format: 'bipolar',
        required: true,
        perceived: true,
        text: text('pace'),
        left: text('slow'),
        right: text('fast'),
      },
      { id: 'culture.style', format: 'bipolar', required: true, text: text('style'), left: text('formal'), right: text('pragmatic') },
    ]),
    section('values', [
      {
        id: 'values.fair',
        format: 'importance',
        required: true,
        text: text('fair'),
        tags: { scope: 'collective', nature: 'immaterial', pillar: 'people' },
      },
    ]),
    section('readiness', [
      { id: 'readiness.u1', format: 'agreement', required: true, text: text('u1'), tags: { factor: 'urgency' } },
      { id: 'readiness.u2', format: 'agreement', required: true, text: text('u2'), tags: { factor: 'urgency' } },
      { id: 'readiness.t1', format: 'agreement', required: true, text: text('t1'), tags: { factor: 'trust_in_partners' } },
    ]),
    section('value_case', [
      {
        id: 'value_case.bring',
        format: 'multi_select',
        required: true,
        text: text('bring'),
        options: options('money', 'data', 'staff'),
        tags: { valueCase: 'bring' },
      },
      {
        id: 'value_case.get',
        format: 'multi_select',
        required: true,
        text: text('get'),
        options: options('money', 'data', 'staff'),
        tags: { valueCase: 'get' },
      },
    ]),
    section('triangle', [
      { id: 'triangle.v', format: 'agreement', required: true, text: text('v'), tags: { side: 'value' } },
      { id: 'triangle.c', format: 'agreement', required: true, text: text('c'), tags: { side: 'capacity' } },
      { id: 'triangle.l', format: 'agreement', required: true, text: text('l'), tags: { side: 'legitimacy' } },
    ]),
    section('tensions', [
      { id: 'tensions.short_long', format: 'intensity', required: true, text: text('sl'), left: text('short'), right: text('long') },
      { id: 'tensions.control_trust', format: 'intensity', required: true, text: text('ct'), left: text('control'), right: text('trust') },
    ]),
    section('perceptions', [
      {
        id: 'perceptions.pace',
        format: 'perception',
        mirrors: 'culture.pace',
        required: false,
        text: text('pace'),
        left: text('slow'),
        right: text('fast'),
      },
    ]),
    section('open', [{ id: 'open.hope', format: 'text', required: false, maxLength: 2000, text: text('hope') }]),
    section('about', [
      {
        id: 'about.role',
        format: 'single_choice',
        required: false,
        text: text('role'),
        options: options('manager', 'professional'),
        tags: { breakdown: 'role' },
      },
      {
        id: 'about.involvement',
        format: 'single_choice',
        required: false,
        text: text('involved'),
        options: options('yes', 'no'),
        tags: { breakdown: 'involvement' },
      },
    ]),
  ],
};

export const allSections: SectionId[] = instrument.sections.map((s) => s.id);

/** Aggregate rows (per partner, per group) for explicit answers, as the database would hold them. */
export function aggregates(items: readonly Item[], answersByPartner: Readonly<Record<string, readonly Answers[]>>) {
  const totals = aggregateResponses(
    items,
    Object.entries(answersByPartner).flatMap(([partnerId, list]) => list.map((answers) => ({ partnerId, answers }))),
  );
  const stats = new Map<string, Map<string, GroupTotals>>();
  for (const [key, value] of totals) {
    const [partnerId, group] = key.split('/') as [string, string];
    const byGroup = stats.get(partnerId) ?? new Map<string, GroupTotals>();
    byGroup.set(group, value);
    stats.set(partnerId, byGroup);
  }
  return stats;
}

export interface FixturePartner extends PartnerInput {
  readonly answers: readonly Answers[];
}

/** The report input for partners with explicit answers. */
export function reportInput(
  partners: readonly FixturePartner[],
  options: { sections?: SectionId[]; minGroupSize?: number; instrument?: Instrument } = {},
): ReportInput {
  const used = options.instrument ?? instrument;
  const sections = options.sections ?? allSections;
  const minGroupSize = options.minGroupSize ?? 3;
  const items = surveyItems(used, sections);
  const live = aggregates(items, Object.fromEntries(partners.map((p) => [p.id, p.answers])));
  const k = effectiveMinGroupSize(minGroupSize);
  const released = new Map<string, Map<string, GroupAggregate>>();
  for (const partner of partners) {
    const rows = releasePartner(items, undefined, live.get(partner.id) ?? new Map(), {
      k,
      step: releaseStep(partner.shownAsOrganisation, k),
    });
    if (rows) {
      released.set(partner.id, new Map([...rows].map(([group, t]) => [group, { respondents: t.respondents, stats: countersOf(t.stats) }])));
    }
  }
  return {
    instrument: used,
    sections,
    minGroupSize,
    partners: partners.map(({ id, name, shownAsOrganisation }) => ({ id, name, shownAsOrganisation })),
    stats: released,
  };
}

/** Answers built column-wise: `columns(4, { 'culture.pace': [2, 2, 3, 1] })` gives 4 respondents. */
export function columns(count: number, byItem: Readonly<Record<string, readonly (Answers[string] | undefined)[]>>): Answers[] {
  return Array.from({ length: count }, (_, r) => {
    const answers: Record<string, Answers[string]> = {};
    for (const [itemId, values] of Object.entries(byItem)) {
      const value = values[r];
      if (value !== undefined) answers[itemId] = value;
    }
    return answers;
  });
}
