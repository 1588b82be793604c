/**
 * The answer first: the report's first screen. Who took part, then one card per kind of finding
 * (the sharpest differences to discuss, differences that complement each other with what fits and
 * what is missing, shared ground and shared concerns, the weakest readiness factors), each with a
 * small chart, a plain sentence per finding and a link to its detail. Everything here comes from
 * `report.findings`, `report.partners` and the readiness scores, so the first screen needs nothing
 * else from the model. A new kind of card slots into SUMMARY_CARDS.
 */
import type { FunctionComponent } from 'preact';
import type { Localized } from '../../../lib/i18n';
import { functionLabels } from '../../../lib/labels';
import { changeText } from '../change/text';
import { MarkerIcon } from '../charts/chart';
import { dotRows, Strip } from '../charts/DotPlot';
import { useOpenOnWideScreen } from '../screen';
import { targetId } from '../sentences/agenda';
import { changeSummarySentence } from '../sentences/change';
import { driveContrastSentence } from '../sentences/complements';
import { discussed } from '../sentences/figures';
import { noneSentence, pairSentence, sharedGroundShort, sharedKindWords, surenessWord } from '../sentences/findings';
import { capitalised, noWeakFactorSentence, weakFactorSentence } from '../sentences/readiness';
import { responseSentences } from '../sentences/responses';
import { gapSentence, matchSentence } from '../sentences/value-case';
import { factorText, text } from '../text';
import type { ReportView } from '../view';
import { JumpLink, type SectionProps } from './parts';
import './summary.css';

/** Each card lists at most this many findings; the rest are a link away. */
const CARD_LISTED = 3;
/** The complements card has three lists: the pair whose drives differ most, the two best matches, two gaps. */
const CARD_MATCHES = 2;
const CARD_GAPS = 2;
/** The shared card names up to this many shared concerns after the shared ground. */
const CARD_CONCERNS = 2;

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

function SharedList({ view, entries }: { view: ReportView; entries: ReportView['report']['findings']['sharedGround'] }) {
  return (
    <ol class="card-list">
      {entries.map((entry) => (
        <li key={entry.itemId}>
          <JumpLink target={targetId('shared', entry.itemId)} class="card-item-title">
            {view.itemLabel(entry.itemId)}
          </JumpLink>{' '}
          <span class="card-note">({view.t(sharedKindWords[entry.kind])})</span>
          <Strip view={view} itemId={entry.itemId} rows={dotRows(entry.positions)} />
          <p>{sharedGroundShort(view, entry, entry.positions.length)}</p>
        </li>
      ))}
    </ol>
  );
}

function SharedGroundCard({ view }: { view: ReportView }) {
  const { sharedGround, sharedConcerns } = view.report.findings;
  return (
    <>
      {sharedGround.length === 0 ? (
        <p>{noneSentence(view, 'sharedGround')}</p>
      ) : (
        <SharedList view={view} entries={sharedGround.slice(0, CARD_LISTED)} />
      )}
      <MoreListed view={view} count={sharedGround.length - CARD_LISTED} section={text.shared} />
      <h4>{view.t({ nl: 'Gedeelde zorgen', en: 'Shared concerns' })}</h4>
      {sharedConcerns.length === 0 ? (
        <p>{noneSentence(view, 'sharedConcerns')}</p>
      ) : (
        <SharedList view={view} entries={sharedConcerns.slice(0, CARD_CONCERNS)} />
      )}
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

function ComplementsCard({ view }: { view: ReportView }) {
  const valueCase = view.report.findings.valueCase;
  const [contrast] = view.report.findings.complements;
  if (view.partners.length === 0) return <p>{view.t(text.nothingShown)}</p>;
  return (
    <>
      <h4>{view.t({ nl: 'Andere drijfveren', en: 'Different drives' })}</h4>
      <ul class="card-list">
        <li>
          {contrast
            ? driveContrastSentence(view, contrast)
            : view.t({
                nl: 'Geen paar partners met duidelijk andere drijfveren.',
                en: 'No pair of partners with clearly different drives.',
              })}
        </li>
      </ul>
      {valueCase ? <GetAndBring view={view} valueCase={valueCase} /> : <p>{view.t(text.notInSurvey)}</p>}
    </>
  );
}

function GetAndBring({ view, valueCase }: { view: ReportView; valueCase: NonNullable<ReportView['report']['findings']['valueCase']> }) {
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
      <ul class="card-list card-gaps">
        {gaps.slice(0, CARD_GAPS).map((g) => (
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
  const stated = view.report.readiness?.stated ?? null;
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
              {w.needed && stated ? (
                <span class="tag">
                  {view.fill(view.t({ nl: 'nodig voor {fn}', en: 'needed for {fn}' }), {
                    fn: view.t(functionLabels[stated]).toLowerCase(),
                  })}
                </span>
              ) : null}
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
    heading: { nl: 'Verschillen om te bespreken', en: 'Differences to discuss' },
    target: 'fault-lines',
    more: { nl: 'Alle verschillen om te bespreken ({count})', en: 'All differences to discuss ({count})' },
    count: (view) => discussed(view.report).length,
    Body: FaultLinesCard,
  },
  {
    id: 'complements',
    heading: { nl: 'Verschillen die elkaar aanvullen', en: 'Differences that complement' },
    target: 'complements',
    more: { nl: 'Alles over aanvullen, halen en brengen', en: 'All of complementing, getting and bringing' },
    count: () => 0,
    Body: ComplementsCard,
  },
  {
    id: 'shared',
    heading: { nl: 'Gedeelde basis en gedeelde zorgen', en: 'Shared ground and shared concerns' },
    target: 'shared-ground',
    more: { nl: 'Alles wat de partners delen ({count})', en: 'All the partners share ({count})' },
    count: (view) => view.report.sharedGround.length,
    Body: SharedGroundCard,
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

/** "4 partners, 46 responses shown": what the collapsed list of who took part says on a phone. */
const whoCounts = { nl: '{partners}, {responses}', en: '{partners}, {responses}' };

/**
 * Who took part: every partner with its marker and count, or "not enough responses" without a count;
 * on a phone collapsed to its heading and the totals (screen.ts).
 */
function WhoTookPart({ view }: { view: ReportView }) {
  const { report } = view;
  const open = useOpenOnWideScreen();
  const shown = report.partners.flatMap((p) => (p.status === 'shown' ? [p.respondents] : []));
  const partners = view.count(report.partners.length, {
    nl: { one: 'partner', other: 'partners' },
    en: { one: 'partner', other: 'partners' },
  });
  const responses = view.count(
    shown.reduce((sum, n) => sum + n, 0),
    { nl: { one: 'reactie getoond', other: 'reacties getoond' }, en: { one: 'response shown', other: 'responses shown' } },
  );
  const sentences = responseSentences(view).filter((s) => s.key === 'shown' || s.key === 'indicative');
  return (
    <details class="card card-who phone-collapsed" open={open}>
      <summary>
        <h3>{view.t({ nl: 'Wie deed mee', en: 'Who took part' })}</h3>{' '}
        <span class="who-count">{view.fill(view.t(whoCounts), { partners, responses })}</span>
      </summary>
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
    </details>
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
