/**
 * Readiness to collaborate: a score and a band per factor and partner, in the order the partnership's
 * function needs them (marked), with how many could not judge and whether the partner agrees on the
 * factor; the partnership's score by the factor's rule (its weakest partner where every partner must
 * deliver, else the mean); uneven readiness and factors too unreliable to read marked. Then which
 * function the respondents see, and the facts the organisations stated themselves.
 */
import { functionLabels } from '../../../lib/labels';
import { targetId } from '../sentences/agenda';
import { capitalised, functionOrderSentence, functionSeenSentence, unreliableWords } from '../sentences/readiness';
import { bandText, factorText, text } from '../text';
import type { ReportView } from '../view';
import { StatedFacts } from './Facts';
import { ContentTable, Empty, Explain, type SectionProps } from './parts';

const bandClass = (band: string | null) => (band ? `band band-${band}` : 'band');

type Factor = NonNullable<ReportView['report']['readiness']>['factors'][number];

/** The partnership's cell: its score under the factor's rule, and which rule. */
function PartnershipCell({ view, factor }: { view: ReportView; factor: Factor }) {
  const { t } = view;
  if (!factor.partnership) return <td>{t(text.noFigure)}</td>;
  return (
    <td class={bandClass(factor.partnership.band)}>
      {view.number(factor.partnership.score)} <span class="band-word">{t(bandText[factor.partnership.band])}</span>
      <span class="band-word print-full">
        <br />
        {factor.rule === 'weakest' && factor.weakest
          ? view.fill(t({ nl: 'zwakste telt: {names}', en: 'weakest counts: {names}' }), { names: view.names(factor.weakest.partnerIds) })
          : t({ nl: 'gemiddelde van de partners', en: 'mean of the partners' })}
      </span>
      {factor.uneven.length > 0 ? <span class="band-word divided-mark"> · {t({ nl: 'ongelijk', en: 'uneven' })}</span> : null}
    </td>
  );
}

function ReliabilityCell({ view, factor }: { view: ReportView; factor: Factor }) {
  const { t } = view;
  const reliability = factor.reliability;
  if (!reliability) return <td class="number muted">{t({ nl: 'te weinig antwoorden', en: 'too few answers' })}</td>;
  return (
    <td class="number">
      {view.number(reliability.value)}
      {reliability.tooLow ? <span class="band-word divided-mark"> · {t({ nl: 'te laag om te lezen', en: 'too low to read' })}</span> : null}
    </td>
  );
}

export function Readiness({ view }: SectionProps) {
  const { t } = view;
  const readiness = view.report.readiness;
  if (!readiness || view.partners.length === 0) {
    return <Empty view={view} asked={readiness !== null} />;
  }
  const th = view.report.thresholds;
  const order = functionOrderSentence(view);
  const unreliable = readiness.factors.filter((f) => f.reliability?.tooLow);
  return (
    <>
      {order ? <p>{order}</p> : null}
      <ul class="band-key">
        <li class="band band-strength">
          {t(bandText.strength)}: ≥ {view.number(th.BAND_STRENGTH_FROM, 1)}
        </li>
        <li class="band band-borderline">
          {t(bandText.borderline)}: {view.number(th.BAND_BORDERLINE_FROM, 1)}–{view.number(th.BAND_STRENGTH_FROM - 0.01)}
        </li>
        <li class="band band-concern">
          {t(bandText.concern)}: &lt; {view.number(th.BAND_BORDERLINE_FROM, 1)}
        </li>
      </ul>
      <Explain view={view}>
        <p>{view.fill(t(text.explainReadiness), { reliability: view.number(th.RELIABILITY_MIN, 1) })}</p>
      </Explain>
      {unreliable.length > 0 ? (
        <p>
          {view.fill(t({ nl: '{factors}: ', en: '{factors}: ' }), {
            factors: view.list(unreliable.map((f) => capitalised(t(factorText[f.factor])))),
          })}
          {t(unreliableWords)}
        </p>
      ) : null}
      <ContentTable caption={t(text.readiness)} class="scorecard sticky-first">
        <thead>
          <tr>
            <th scope="col">{t(text.factor)}</th>
            {view.partners.map((p) => (
              <th key={p.id} scope="col">
                {view.partnerName(p.id)}
              </th>
            ))}
            <th scope="col">{t({ nl: 'De samenwerking', en: 'The partnership' })}</th>
            <th scope="col" class="number">
              {t({ nl: 'Betrouwbaarheid', en: 'Reliability' })}
            </th>
          </tr>
        </thead>
        <tbody>
          {readiness.factors.map((f) => (
            <tr key={f.factor} id={targetId('readiness', f.factor)} tabIndex={-1}>
              <th scope="row">
                {capitalised(t(factorText[f.factor]))}
                {f.needed && readiness.stated ? (
                  <span class="tag">
                    {view.fill(t({ nl: 'nodig voor {fn}', en: 'needed for {fn}' }), {
                      fn: t(functionLabels[readiness.stated]).toLowerCase(),
                    })}
                  </span>
                ) : null}
              </th>
              {view.partners.map((p) => {
                const score = f.byPartner.find((s) => s.partnerId === p.id);
                return (
                  <td key={p.id} class={bandClass(score?.band ?? null)}>
                    {score && score.score !== null ? (
                      <>
                        {view.number(score.score)} <span class="band-word">{t(bandText[score.band!])}</span>
                        {score.divided ? <span class="band-word divided-mark"> · {t(text.divided)}</span> : null}
                      </>
                    ) : (
                      t(text.noFigure)
                    )}
                    {score?.dontKnowShare ? (
                      <span class="band-word print-full">
                        <br />
                        {view.fill(t({ nl: '{share} weet het niet', en: '{share} don’t know' }), {
                          share: view.percent(score.dontKnowShare),
                        })}
                      </span>
                    ) : null}
                  </td>
                );
              })}
              <PartnershipCell view={view} factor={f} />
              <ReliabilityCell view={view} factor={f} />
            </tr>
          ))}
        </tbody>
      </ContentTable>
      {/* On paper in the full report only: the executive printout keeps to the scorecard. */}
      <div class="print-full">
        <FunctionSeen view={view} />
        <StatedFacts view={view} />
      </div>
    </>
  );
}

/** Which function the partnership has, as each partner's staff see it, against the one stated. */
function FunctionSeen({ view }: { view: ReportView }) {
  const { t } = view;
  const seen = view.report.readiness?.functionSeen;
  const stated = view.report.readiness?.stated;
  if (!seen || !stated) return null;
  const sentences = seen.byPartner.flatMap((entry) => {
    const sentence = functionSeenSentence(view, entry);
    return sentence ? [{ partnerId: entry.partnerId, sentence }] : [];
  });
  return (
    <>
      <h3>{t({ nl: 'Waar is de samenwerking voor?', en: 'What is the partnership for?' })}</h3>
      <p>
        {view.fill(
          t({
            nl: 'Bij de start is als functie opgegeven: {fn}. Zo zien de medewerkers het:',
            en: 'At the start, the function given was: {fn}. This is how the staff see it:',
          }),
          { fn: t(functionLabels[stated]).toLowerCase() },
        )}
      </p>
      <ul>
        {sentences.map((s) => (
          <li key={s.partnerId}>{s.sentence}</li>
        ))}
      </ul>
    </>
  );
}
