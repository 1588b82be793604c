/**
 * The answer first: the report's first screen. Who took part, then one card per kind of finding
 * (the sharpest fault lines, the surest shared ground, what fits and what is missing in the value
 * case, the weakest readiness factors), each with a small chart, a plain sentence per finding and a
 * link to its detail. Everything here comes from `report.findings` and `report.partners`, so the
 * first screen needs nothing else from the model. A new kind of card slots into SUMMARY_CARDS. When
 * the link reads an earlier wave, one line says what changed clearly since (change/).
 */
import type { FunctionComponent } from 'preact';
import type { Localized } from '../../../lib/i18n';
import { changeText } from '../change/text';
import { MarkerIcon } from '../charts/chart';
import { dotRows, Strip } from '../charts/DotPlot';
import { targetId } from '../sentences/agenda';
import { changeSummarySentence } from '../sentences/change';
import { noneSentence, pairSentence, sharedGroundShort, surenessWord } from '../sentences/findings';
import { capitalised, noWeakFactorSentence, weakFactorSentence } from '../sentences/readiness';
import { responseSentences } from '../sentences/responses';
import { gapSentence, matchSentence } from '../sentences/value-case';
import { factorText, text } from '../text';
import type { ReportView } from '../view';
import { JumpLink, type SectionProps } from './parts';
import './summary.css';

/** Each card lists at most this many findings; the rest are a link away. */
const CARD_LISTED = 3;
/** The value case card has two lists; it names the two best matches and up to CARD_LISTED gaps. */
const CARD_MATCHES = 2;

interface SummaryCard {
  readonly id: string;
  readonly heading: Localized;
  /** The section with the card's detail. */
  readonly target: string;
  /** The link to that detail, with `{count}` the number of findings there. */
  readonly more: Localized;
  readonly count: (view: ReportView) => number;
  readonly Body: FunctionComponent<{ view: ReportView }>;
}

/** "Nog 2 met dezelfde plaats in de rangorde: zie Breuklijnen." when a card leaves tied findings out. */
function MoreListed({ view, count, section }: { view: ReportView; count: number; section: Localized }) {
  if (count <= 0) return null;
  const verb = view.plural(count, { nl: { one: '', other: '' }, en: { one: 'shares', other: 'share' } });
  return <p class="card-note">{view.fill(view.t(text.moreListed), { count, verb, section: view.t(section) })}</p>;
}

function FaultLinesCard({ view }: { view: ReportView }) {
  const lines = view.report.findings.faultLines;
  if (lines.length === 0) return <p>{noneSentence(view, 'faultLines')}</p>;
  return (
    <>
      <ol class="card-list">
        {lines.slice(0, CARD_LISTED).map((line) => (
          <li key={line.itemId}>
            <JumpLink target={targetId('faultLine', line.itemId)} class="card-item-title">
              {view.itemLabel(line.itemId)}
            </JumpLink>{' '}
            <span class="card-note">({surenessWord(view, line)})</span>
            <Strip view={view} itemId={line.itemId} rows={dotRows(line.positions)} />
            <p>{pairSentence(view, line.itemId, line.widest[0]!, line.positions)}</p>
          </li>
        ))}
      </ol>
      <MoreListed view={view} count={lines.length - CARD_LISTED} section={text.faults} />
    </>
  );
}

function SharedGroundCard({ view }: { view: ReportView }) {
  const shared = view.report.findings.sharedGround;
  if (shared.length === 0) return <p>{noneSentence(view, 'sharedGround')}</p>;
  return (
    <>
      <ol class="card-list">
        {shared.slice(0, CARD_LISTED).map((entry) => (
          <li key={entry.itemId}>
            <JumpLink target={targetId('shared', entry.itemId)} class="card-item-title">
              {view.itemLabel(entry.itemId)}
            </JumpLink>
            <Strip view={view} itemId={entry.itemId} rows={dotRows(entry.positions)} />
            <p>{sharedGroundShort(view, entry, entry.positions.length)}</p>
          </li>
        ))}
      </ol>
      <MoreListed view={view} count={shared.length - CARD_LISTED} section={text.shared} />
    </>
  );
}

/** Who brings (▲) and who wants (▼) a resource, as partner markers: the value case's small chart. */
function BringWant({ view, wantedBy, broughtBy }: { view: ReportView; wantedBy: readonly string[]; broughtBy: readonly string[] }) {
  return (
    <span class="bring-want" aria-hidden="true">
      {broughtBy.map((id) => (
        <span key={`b-${id}`} class="bw">
          ▲<MarkerIcon partner={view.partner(id)} />
        </span>
      ))}
      {wantedBy.map((id) => (
        <span key={`w-${id}`} class="bw">
          ▼<MarkerIcon partner={view.partner(id)} hollow />
        </span>
      ))}
    </span>
  );
}

function ValueCaseCard({ view }: { view: ReportView }) {
  const valueCase = view.report.findings.valueCase;
  if (!valueCase) return <p>{view.t(text.notInSurvey)}</p>;
  if (view.partners.length === 0) return <p>{view.t(text.nothingShown)}</p>;
  const { matches, gaps } = valueCase;
  return (
    <>
      <p class="card-note" aria-hidden="true">
        {view.t({ nl: '▲ brengt · ▼ zoekt', en: '▲ brings · ▼ wants' })}
      </p>
      <h4>{view.t(text.matchesHeading)}</h4>
      {matches.length === 0 ? <p>{view.t(text.noMatches)}</p> : null}
      <ul class="card-list">
        {matches.slice(0, CARD_MATCHES).map((m) => (
          <li key={m.optionId}>
            <BringWant view={view} wantedBy={m.wantedBy} broughtBy={m.broughtBy} />
            {matchSentence(view, m)}
          </li>
        ))}
      </ul>
      <h4>{view.t(text.gapsHeading)}</h4>
      {gaps.length === 0 ? <p>{view.t(text.noGaps)}</p> : null}
      <ul class="card-list">
        {gaps.slice(0, CARD_LISTED).map((g) => (
          <li key={g.optionId}>
            <BringWant view={view} wantedBy={g.wantedBy} broughtBy={g.broughtBy} />
            {gapSentence(view, g)}
          </li>
        ))}
      </ul>
    </>
  );
}

function ReadinessCard({ view }: { view: ReportView }) {
  const weak = view.report.findings.readiness;
  if (weak.length === 0) return <p>{noWeakFactorSentence(view)}</p>;
  const factors = view.report.readiness?.factors ?? [];
  return (
    <>
      <ol class="card-list">
        {weak.slice(0, CARD_LISTED).map((w) => {
          const scores = factors.find((f) => f.factor === w.factor)?.byPartner ?? [];
          const rows = scores.flatMap((s) =>
            s.score === null ? [] : [{ partnerId: s.partnerId, value: s.score, ci95: null, divided: s.divided }],
          );
          return (
            <li key={w.factor}>
              <JumpLink target={targetId('readiness', w.factor)} class="card-item-title">
                {capitalised(view.t(factorText[w.factor]))}
              </JumpLink>
              <Strip view={view} rows={rows} min={1} max={5} zones />
              <p>{weakFactorSentence(view, w, false)}</p>
            </li>
          );
        })}
      </ol>
      <MoreListed view={view} count={weak.length - CARD_LISTED} section={text.readiness} />
    </>
  );
}

export const SUMMARY_CARDS: readonly SummaryCard[] = [
  {
    id: 'faults',
    heading: { nl: 'Scherpste breuklijnen', en: 'Sharpest fault lines' },
    target: 'fault-lines',
    more: { nl: 'Alle breuklijnen ({count})', en: 'All fault lines ({count})' },
    count: (view) => view.report.faultLines.length,
    Body: FaultLinesCard,
  },
  {
    id: 'shared',
    heading: { nl: 'Zekerste gedeelde basis', en: 'Surest shared ground' },
    target: 'shared-ground',
    more: { nl: 'Alle gedeelde basis ({count})', en: 'All shared ground ({count})' },
    count: (view) => view.report.sharedGround.length,
    Body: SharedGroundCard,
  },
  {
    id: 'value-case',
    heading: { nl: 'Halen en brengen', en: 'Get and bring' },
    target: 'value-case',
    more: { nl: 'Alles over halen en brengen', en: 'All of get and bring' },
    count: () => 0,
    Body: ValueCaseCard,
  },
  {
    id: 'readiness',
    heading: { nl: 'Zwakste punten in de bereidheid', en: 'Weakest readiness factors' },
    target: 'readiness',
    more: { nl: 'De hele scorekaart', en: 'The whole scorecard' },
    count: (view) => view.report.readiness?.factors.length ?? 0,
    Body: ReadinessCard,
  },
];

/** Who took part: every partner with its marker and count, or "not enough responses" without a count. */
function WhoTookPart({ view }: { view: ReportView }) {
  const { report } = view;
  const sentences = responseSentences(view).filter((s) => s.key === 'shown' || s.key === 'indicative');
  return (
    <section class="card card-who" aria-labelledby="card-who-heading">
      <h3 id="card-who-heading">{view.t({ nl: 'Wie deed mee', en: 'Who took part' })}</h3>
      <ul class="who">
        {report.partners.map((p) =>
          p.status === 'shown' ? (
            <li key={p.id}>
              <MarkerIcon partner={view.partner(p.id)} /> <strong>{view.partner(p.id).letter}</strong> {p.name}{' '}
              <span class="who-count">
                {view.count(p.respondents, { nl: { one: 'reactie', other: 'reacties' }, en: { one: 'response', other: 'responses' } })}
              </span>
              {p.indicative ? <span class="tag">{view.t(text.indicativeShort)}</span> : null}
              {p.basis === 'organisation_position' ? (
                <span class="tag">{view.t({ nl: 'standpunt organisatie', en: 'organisation’s position' })}</span>
              ) : null}
            </li>
          ) : (
            <li key={p.id} class="withheld-notice">
              {p.name}: {view.fill(view.t(text.notEnough), { k: report.minGroupSize }).toLowerCase()}
            </li>
          ),
        )}
      </ul>
      <p>
        {sentences.map((s) => s.sentence).join(' ')} <JumpLink target="responses">{view.t(text.responses)}</JumpLink>
      </p>
    </section>
  );
}

/** The clear changes since the earlier wave, in one sentence, when there is one to compare with. */
function SinceEarlier({ view, waves }: Pick<SectionProps, 'view' | 'waves'>) {
  if (!waves.change) return null;
  return (
    <p class="card change-card">
      <strong>{changeSummarySentence(view, waves.change.response.change, waves.change.from.title)}</strong>{' '}
      <JumpLink target="change">{view.t(changeText.seeChange)}</JumpLink>
    </p>
  );
}

export function Summary({ view, waves }: SectionProps) {
  return (
    <>
      <WhoTookPart view={view} />
      <SinceEarlier view={view} waves={waves} />
      <div class="cards">
        {SUMMARY_CARDS.map(({ id, heading, target, more, count, Body }) => (
          <section key={id} class="card" aria-labelledby={`card-${id}-heading`}>
            <h3 id={`card-${id}-heading`}>{view.t(heading)}</h3>
            <Body view={view} />
            <p class="card-more">
              <JumpLink target={target}>{view.fill(view.t(more), { count: count(view) })}</JumpLink>
            </p>
          </section>
        ))}
      </div>
    </>
  );
}
