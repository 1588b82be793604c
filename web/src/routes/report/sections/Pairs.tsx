/**
 * Every pair of shown partners: on which items they clearly differ and on how many they are close.
 * Opening a pair fetches where their propositions fit and rub, and all its comparisons (GET
 * /api/report/pair): the bulk of a large partnership's figures comes only when a reader asks for it.
 */
import { pairFitSentences } from '../sentences/card';
import { clipInterval } from '../sentences/figures';
import { text } from '../text';
import type { Figures, PairDetail } from '../types';
import type { ReportView } from '../view';
import { scaleItem } from './figures';
import { ContentTable, Empty, Note, OnDemand, type SectionProps } from './parts';

const topics = { nl: { one: 'onderwerp', other: 'onderwerpen' }, en: { one: 'topic', other: 'topics' } };

const verdictWords = {
  conflict: { nl: 'duidelijk verschillend', en: 'clearly different' },
  alignment: { nl: 'dicht bij elkaar', en: 'close together' },
  neither: { nl: 'geen duidelijk oordeel', en: 'no clear verdict' },
  divided: { nl: 'niet te beoordelen: verdeeld', en: 'cannot be judged: divided' },
  too_few_answers: { nl: 'niet te beoordelen: te weinig antwoorden', en: 'cannot be judged: too few answers' },
  could_be_chance: { nl: 'niet duidelijk genoeg: kan toeval zijn', en: 'not clear enough: could be chance' },
};

function PairComparisons({ view, figures, detail }: { view: ReportView; figures: Figures; detail: PairDetail }) {
  const { t } = view;
  const a = view.partner(detail.a).name;
  const b = view.partner(detail.b).name;
  const meanOf = (itemId: string, partnerId: string) =>
    scaleItem(figures, itemId)?.byPartner.find((s) => s.partnerId === partnerId)?.mean ?? null;
  return (
    <ContentTable caption={view.names([detail.a, detail.b])}>
      <thead>
        <tr>
          <th scope="col">{t(text.question)}</th>
          <th scope="col" class="number">
            {a}
          </th>
          <th scope="col" class="number">
            {b}
          </th>
          <th scope="col" class="number">
            {view.fill(t({ nl: 'Verschil {a} − {b} (95%-interval)', en: 'Difference {a} − {b} (95% interval)' }), { a, b })}
          </th>
          <th scope="col">{t({ nl: 'Oordeel', en: 'Verdict' })}</th>
        </tr>
      </thead>
      <tbody>
        {detail.items.map((c) => {
          const range = view.scale(c.itemId).points - 1;
          const interval = c.ci95 ? clipInterval(c.ci95, -range, range) : null;
          const meanA = meanOf(c.itemId, detail.a);
          const meanB = meanOf(c.itemId, detail.b);
          return (
            <tr key={c.itemId}>
              <th scope="row">{view.itemLabel(c.itemId)}</th>
              <td class="number">{meanA === null ? '–' : view.number(meanA)}</td>
              <td class="number">{meanB === null ? '–' : view.number(meanB)}</td>
              <td class="number">
                {c.difference === null ? '–' : view.number(c.difference)}
                {interval
                  ? ` (${view.number(interval.low)}–${view.number(interval.high)}${interval.clipped ? `, ${t({ nl: 'afgekapt', en: 'cut off' })}` : ''})`
                  : ''}
              </td>
              <td>{t(c.reason ? verdictWords[c.reason] : verdictWords[c.verdict])}</td>
            </tr>
          );
        })}
        {detail.allocations.map((c) => (
          <tr key={c.itemId}>
            <th scope="row">{view.sectionTitle('drives')}</th>
            <td colSpan={3} class="number">
              {view.fill(t({ nl: '{share} van de punten gelijk verdeeld', en: '{share} of the points spread alike' }), {
                share: view.percent(c.overlap),
              })}
            </td>
            <td />
          </tr>
        ))}
      </tbody>
    </ContentTable>
  );
}

function PairRow({
  view,
  figures,
  pair,
  loadPair,
}: {
  view: ReportView;
  figures: Figures;
  pair: Figures['pairs'][number];
  loadPair: SectionProps['loadPair'];
}) {
  const { t } = view;
  return (
    <li>
      <OnDemand
        what="a pair"
        load={() => loadPair(pair.a, pair.b)}
        loading={t({ nl: 'Alle vergelijkingen worden opgehaald…', en: 'Fetching every comparison…' })}
        summary={
          <>
            <strong>{view.names([pair.a, pair.b])}</strong>:{' '}
            {view.fill(
              t({
                nl: 'duidelijk verschillend op {conflicts}, dicht bij elkaar op {alignments}.',
                en: 'clearly different on {conflicts}, close together on {alignments}.',
              }),
              {
                conflicts: view.count(pair.conflicts.length, topics),
                alignments: view.count(pair.alignments, topics),
              },
            )}
          </>
        }
        before={
          pair.conflicts.length > 0 ? (
            <p>
              {view.fill(t({ nl: 'Duidelijk verschillend: {items}.', en: 'Clearly different: {items}.' }), {
                items: view.list(pair.conflicts.map((id) => `“${view.itemLabel(id)}”`)),
              })}
            </p>
          ) : null
        }
      >
        {(detail: PairDetail) => (
          <>
            <h4>{t({ nl: 'Waar hun proposities passen en schuren', en: 'Where their propositions fit and rub' })}</h4>
            <ul>
              {pairFitSentences(view, detail).map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
            <PairComparisons view={view} figures={figures} detail={detail} />
          </>
        )}
      </OnDemand>
    </li>
  );
}

export function Pairs({ view, detail, loadPair }: SectionProps) {
  const { t } = view;
  const { figures } = detail;
  // Read before this appendix is drawn (SECTIONS: needs).
  if (!figures) return null;
  if (figures.pairs.length === 0) return <Empty view={view} />;
  return (
    <>
      <Note>
        {t({
          nl: 'Open een paar voor elke vergelijking, met verschil en interval. Die worden dan opgehaald; de volledige afdruk toont de paren die u opende.',
          en: 'Open a pair for every comparison, with difference and interval. They are fetched then; the full printout shows the pairs you opened.',
        })}
      </Note>
      <ul class="pair-list">
        {figures.pairs.map((pair) => (
          <PairRow key={`${pair.a}-${pair.b}`} view={view} figures={figures} pair={pair} loadPair={loadPair} />
        ))}
      </ul>
    </>
  );
}
