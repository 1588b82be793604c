/**
 * What changed since an earlier wave (GET /api/report/change): the answer first (a sentence with the
 * clear changes), then the agreements made after the earlier wave with what changed on each finding,
 * the fault lines and shared ground, readiness, the value case, the values chosen, pairs and
 * partners, and what could not be compared. Every sentence is sentences/change.ts.
 */
import { Explain, Note, type SectionProps } from '../sections/parts';
import {
  changeSummarySentence,
  factorChangeSentence,
  findingChangeSentence,
  findingTopic,
  partnerFactorSentence,
  resourceChangeSentence,
  shareSentence,
  valueChoiceSentence,
} from '../sentences/change';
import type { ChangeReport, Instrument, Wave } from '../types';
import type { ReportView } from '../view';
import { WaveChoice, wavePeriod } from '../waves';
import { FindingAgreements } from './Agreements';
import { ItemChanges } from './ItemChanges';
import { PairChanges, PartnerChanges } from './PartnerChanges';
import { Split } from './Split';
import { changeText } from './text';
import './change.css';
import type { WavesState } from './useWaves';

/** Which earlier wave to compare with, when there are several. */
function CompareWith({ view, waves, from }: { view: ReportView; waves: WavesState; from: Wave }) {
  if (waves.earlier.length < 2) return null;
  return (
    <div class="no-print">
      <WaveChoice
        view={view}
        id="compare-with"
        label={view.t(changeText.compareWith)}
        button={view.t(changeText.compare)}
        waves={waves.earlier}
        current={from.id}
        choose={waves.compareWith}
      />
    </div>
  );
}

/** Who was compared, and who not (only by name: under k in one of the waves). */
function comparedSentence(view: ReportView, change: ChangeReport): string {
  const names = (compared: boolean) => change.partners.filter((p) => p.compared === compared).map((p) => p.name);
  const [inBoth, missing] = [names(true), names(false)];
  if (inBoth.length === 0) return view.t(changeText.noneCompared);
  const compared = view.fill(view.t(changeText.compared), { names: view.list(inBoth) });
  return missing.length > 0 ? `${compared} ${view.fill(view.t(changeText.notCompared), { names: view.list(missing) })}` : compared;
}

/** The agreements made after the earlier wave, each with what changed on its finding. */
function PreviousAgreements({ view, waves, change, from }: { view: ReportView; waves: WavesState; change: ChangeReport; from: Wave }) {
  const previous = waves.agreements?.previous;
  // The agreements shown are those of the wave just before this one; compared with another, they do not apply.
  if (!previous || previous.survey.id !== from.id) return null;
  return (
    <>
      <h3>{view.fill(view.t(changeText.previousAgreements), { title: from.title })}</h3>
      {previous.agreements.length === 0 ? <Note>{view.fill(view.t(changeText.noAgreementsBefore), { title: from.title })}</Note> : null}
      <ul class="agreement-review">
        {[...new Map(previous.agreements.map((a) => [`${a.finding.kind}|${a.finding.key}`, a.finding])).values()].map((finding) => (
          <li key={`${finding.kind}-${finding.key}`}>
            <p class="agenda-topic">{findingTopic(view, finding)}</p>
            <FindingAgreements view={view} waves={waves} finding={finding} previous />
            <p>
              <strong>{view.t(changeText.whatChanged)}:</strong>{' '}
              {findingChangeSentence(view, change, finding) ?? view.t(changeText.notInBoth)}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The items without a comparison, named with the instrument of the wave that asked them. */
function LeftOut({ view, change, earlierInstrument }: { view: ReportView; change: ChangeReport; earlierInstrument: Instrument }) {
  if (change.items.leftOut.length === 0) return null;
  const earlierItems = new Map(earlierInstrument.sections.flatMap((s) => s.items.map((i) => [i.id, i] as const)));
  const label = (itemId: string, reason: string) => {
    // A question only the earlier version asked is not in this wave's instrument.
    if (reason !== 'only_before') return view.itemLabel(itemId);
    const item = earlierItems.get(itemId);
    return item ? view.t(item.text) : itemId;
  };
  const reasons = { only_before: changeText.onlyBefore, only_after: changeText.onlyAfter, changed: changeText.changed };
  return (
    <>
      <h3>{view.t(changeText.leftOut)}</h3>
      <p>{view.t(changeText.leftOutLead)}</p>
      <ul class="plain">
        {change.items.leftOut.map((l) => (
          <li key={l.itemId}>
            {label(l.itemId, l.reason)} <span class="muted">({view.t(reasons[l.reason])})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Findings made of each partner's change (readiness factors, values chosen): those with a clear
 * change first, each in a sentence with the partners that moved clearly; the rest collapsed.
 */
function PartnerMoves<
  E extends { readonly verdict: string; readonly byPartner: readonly { partnerId: string; verdict: string }[] },
>(props: {
  view: ReportView;
  entries: readonly E[];
  keyOf: (entry: E) => string;
  sentence: (entry: E) => string;
  partnerSentence: (partner: E['byPartner'][number]) => string;
}) {
  return (
    <Split
      view={props.view}
      entries={props.entries}
      class="figures"
      shown={(entry) => entry.verdict !== 'no_clear_change'}
      render={(entry) => (
        <li key={props.keyOf(entry)}>
          {props.sentence(entry)}
          <ul>
            {entry.byPartner
              .filter((p) => p.verdict !== 'no_clear_change')
              .map((p) => (
                <li key={p.partnerId}>{props.partnerSentence(p)}</li>
              ))}
          </ul>
        </li>
      )}
    />
  );
}

export function Change({ view, waves }: SectionProps) {
  const { t } = view;
  if (waves.change === null) return <Note>{t(changeText.firstWave)}</Note>;
  if (waves.failed && !waves.change) return <p class="error-text">{view.fill(t(changeText.failed), { message: waves.failed })}</p>;
  if (!waves.change) return <p aria-busy="true">{t(changeText.loading)}</p>;
  const { from, response, earlierInstrument } = waves.change;
  const { change } = response;
  return (
    <>
      <p class="change-summary">
        <strong>{changeSummarySentence(view, change, from.title)}</strong>
      </p>
      <p>
        {view.fill(t(changeText.lead), { title: from.title, period: wavePeriod(view, from), compared: comparedSentence(view, change) })}
      </p>
      <CompareWith view={view} waves={waves} from={from} />
      <Explain view={view}>
        <p>
          {view.fill(t(changeText.explain), {
            comparisons: view.count(change.comparisons.changes, changeText.comparisonsNoun),
            rate: view.percent(change.comparisons.falseDiscoveryRate),
          })}
        </p>
      </Explain>
      <PreviousAgreements view={view} waves={waves} change={change} from={from} />

      <h3>{t(changeText.findings)}</h3>
      <p>{t(changeText.findingsLead)}</p>
      <ItemChanges
        view={view}
        waves={waves}
        entries={[...change.faultLines, ...change.sharedGround.filter((s) => !change.faultLines.some((f) => f.itemId === s.itemId))]}
      />

      <h3>{t(changeText.readiness)}</h3>
      {change.readiness.length === 0 ? <Note>{t(changeText.noneCompared)}</Note> : null}
      <PartnerMoves
        view={view}
        entries={change.readiness}
        keyOf={(factor) => factor.factor}
        sentence={(factor) => factorChangeSentence(view, factor)}
        partnerSentence={(p) => partnerFactorSentence(view, p)}
      />

      <h3>{t(changeText.valueCase)}</h3>
      <Split
        view={view}
        entries={change.valueCase}
        class="figures"
        shown={(resource) => resource.verdict !== 'no_clear_change'}
        render={(resource) => (
          <li key={resource.optionId}>
            {resourceChangeSentence(view, resource)}
            <details class="change-shares">
              <summary>{t(changeText.shares)}</summary>
              <ul>
                {resource.shares.map((share) => (
                  <li key={`${share.partnerId}-${share.side}`}>{shareSentence(view, share)}</li>
                ))}
              </ul>
            </details>
          </li>
        )}
      />

      {change.values.length > 0 ? (
        <>
          <h3>{t(changeText.values)}</h3>
          <PartnerMoves
            view={view}
            entries={change.values}
            keyOf={(value) => value.optionId}
            sentence={(value) => valueChoiceSentence(view, value)}
            partnerSentence={(p) => shareSentence(view, p)}
          />
        </>
      ) : null}

      <h3>{t(changeText.pairs)}</h3>
      <PairChanges view={view} change={change} />
      <h3>{t(changeText.partners)}</h3>
      <PartnerChanges view={view} waves={waves} change={change} />
      <LeftOut view={view} change={change} earlierInstrument={earlierInstrument} />
    </>
  );
}
