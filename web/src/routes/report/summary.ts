/**
 * The report's opening summary: a few plain sentences composed from the model's data (never a
 * hard-coded finding), in the reader's language.
 */
import { bandText, factorText, text } from './text';
import type { ReportView } from './view';

/** One summary sentence. `withheld` marks the sentence that names partners under k. */
export interface SummarySentence {
  readonly key: string;
  readonly sentence: string;
  readonly withheld?: boolean;
}

/** How many shared-ground items and fault lines the summary names. */
const SUMMARY_SHARED = 2;
const SUMMARY_FAULTS = 3;

/** Item and resource names contain commas and "and": quotes keep a list of them readable. */
const quoted = (label: string) => `“${label}”`;

export function summarise(view: ReportView): SummarySentence[] {
  const { report, t, fill } = view;
  const sentences: SummarySentence[] = [];
  const withheld = report.partners.filter((p) => p.status === 'not_enough_responses');
  sentences.push({
    key: 'partners',
    sentence: fill(t(text.sumPartners), { total: report.partners.length, shown: view.partners.length, k: report.minGroupSize }),
  });
  if (withheld.length > 0) {
    sentences.push({
      key: 'withheld',
      sentence: fill(t(text.sumWithheld), { names: view.list(withheld.map((p) => p.name)) }),
      withheld: true,
    });
  }
  const indicative = view.partners.filter((p) => p.indicative);
  if (indicative.length > 0) {
    sentences.push({
      key: 'indicative',
      sentence: fill(t(text.sumIndicative), { min: report.thresholds.INDICATIVE_BELOW, names: view.list(indicative.map((p) => p.name)) }),
    });
  }
  if (view.partners.length < 2) {
    sentences.push({ key: 'too-few', sentence: t(text.sumTooFew) });
    return sentences;
  }

  const shared = report.sharedGround.slice(0, SUMMARY_SHARED).map((s) => quoted(view.itemLabel(s.itemId)));
  sentences.push({
    key: 'shared',
    sentence: shared.length > 0 ? fill(t(text.sumShared), { items: view.list(shared) }) : t(text.sumNoShared),
  });

  const faults = report.faultLines.slice(0, SUMMARY_FAULTS).flatMap((line) => {
    const widest = line.widest[0];
    if (!widest) return [];
    return [
      fill(t(text.sumFaultItem), {
        item: quoted(view.itemLabel(line.itemId)),
        a: view.partner(widest.a).name,
        b: view.partner(widest.b).name,
        points: view.number(Math.abs(widest.difference), 1),
      }),
    ];
  });
  sentences.push({
    key: 'faults',
    sentence: faults.length > 0 ? fill(t(text.sumFault), { items: faults.join('; ') }) : t(text.sumNoFault),
  });

  const valueCase = report.valueCase;
  if (valueCase) {
    // The best match: the partner pair (wanter, bringer) where the bringer covers most of the wanter's wants.
    const { partnerIds, counts } = valueCase.complementarity;
    let chosen: { wanter: string; bringer: string; count: number } | null = null;
    for (const [i, row] of counts.entries()) {
      for (const [j, count] of row.entries()) {
        if (i !== j && count > 0 && (!chosen || count > chosen.count)) chosen = { wanter: partnerIds[i]!, bringer: partnerIds[j]!, count };
      }
    }
    if (chosen) {
      const resources = valueCase.matches
        .filter((m) => m.wanterId === chosen.wanter && m.bringerId === chosen.bringer)
        .map((m) => quoted(view.resourceLabel(m.optionId).toLowerCase()));
      sentences.push({
        key: 'match',
        sentence: fill(t(text.sumMatch), {
          wanter: view.partner(chosen.wanter).name,
          bringer: view.partner(chosen.bringer).name,
          resources: view.list(resources),
        }),
      });
    } else {
      sentences.push({ key: 'match', sentence: t(text.sumNoMatch) });
    }
    const gaps = valueCase.gaps.map((g) => quoted(view.resourceLabel(g.optionId).toLowerCase()));
    sentences.push({ key: 'gaps', sentence: gaps.length > 0 ? fill(t(text.sumGaps), { resources: view.list(gaps) }) : t(text.sumNoGaps) });
  }

  const weakestFactor = (report.readiness?.factors ?? [])
    .flatMap((f) => (f.weakest ? [{ factor: f.factor, weakest: f.weakest }] : []))
    .sort((x, y) => x.weakest.score - y.weakest.score)[0];
  if (weakestFactor) {
    sentences.push({
      key: 'readiness',
      sentence: fill(t(text.sumReadiness), {
        factor: t(factorText[weakestFactor.factor]),
        partners: view.list(weakestFactor.weakest.partnerIds.map((id) => view.partner(id).name)),
        score: view.number(weakestFactor.weakest.score),
        band: t(bandText[weakestFactor.weakest.band]),
      }),
    });
  }
  return sentences;
}
