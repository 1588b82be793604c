/**
 * The parts of the report page, each a section with its own heading (findable by it, and in the
 * order of the contents list). Every chart comes with its data as a table in a <details> that
 * print opens. Only shown partners are drawn; withheld ones appear in the response overview and
 * in the notices that say they have not reached the threshold.
 */
import type { ComponentChildren } from 'preact';
import { BarChart, HeatMap, idFor, PartnerLegend, PositionChart, TriangleChart } from './charts';
import { summarise } from './summary';
import { bandText, factorText, sideText, text } from './text';
import type { BreakdownsResponse, CommentsResponse, Interval, ScaleItemReport, ScaleSummary, SectionId } from './types';
import type { ReportView } from './view';

/** The section ids in page order, with their headings: the contents list and the tests use them. */
export const SECTIONS = [
  ['summary', text.summary],
  ['responses', text.responses],
  ['reading', text.reading],
  ['heatmaps', text.heatmaps],
  ['drives', text.drives],
  ['culture', text.culture],
  ['values', text.values],
  ['shared-ground', text.shared],
  ['fault-lines', text.faults],
  ['value-case', text.valueCase],
  ['readiness', text.readiness],
  ['triangle', text.triangle],
  ['tensions', text.tensions],
  ['perceptions', text.perceptions],
  ['comments', text.comments],
  ['breakdowns', text.breakdowns],
] as const;
export type SectionKey = (typeof SECTIONS)[number][0];

/** A report section: an <h2> and its content, labelled by the heading. */
export function ReportSection({ id, view, children }: { id: SectionKey; view: ReportView; children: ComponentChildren }) {
  const heading = SECTIONS.find(([key]) => key === id)![1];
  return (
    <section id={id} aria-labelledby={`${id}-heading`} class="report-section">
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {view.t(heading)}
      </h2>
      {children}
    </section>
  );
}

/** A data table behind a chart: collapsed on screen, opened for print. */
function DataTable({ view, caption, children }: { view: ReportView; caption: string; children: ComponentChildren }) {
  return (
    <details class="data-table">
      <summary>{view.t(text.showData)}</summary>
      <div class="table-scroll">
        <table>
          <caption>{caption}</caption>
          {children}
        </table>
      </div>
    </details>
  );
}

const Note = ({ children }: { children: ComponentChildren }) => <p class="muted">{children}</p>;

/** "2,64 (1,98–3,31)" — a mean and its interval; "no figure" without a mean. */
function meanWithInterval(view: ReportView, mean: number | null, ci95: Interval | null): string {
  if (mean === null) return view.t(text.noFigure);
  return ci95 ? `${view.number(mean)} (${view.number(ci95[0])}–${view.number(ci95[1])})` : view.number(mean);
}

function sectionOf(view: ReportView, sectionId: SectionId) {
  return view.report.sections.find((s) => s.sectionId === sectionId) ?? null;
}

function scaleItem(view: ReportView, itemId: string): ScaleItemReport | null {
  for (const section of view.report.sections) {
    const found = section.items.find((i) => i.itemId === itemId);
    if (found?.kind === 'scale') return found;
  }
  return null;
}

/** "A: 2,64 (verdeeld); B: 4,27" — the partners' means on one scale, in words. */
function positionsInWords(view: ReportView, byPartner: readonly ScaleSummary[]): string {
  return byPartner
    .filter((s) => s.mean !== null)
    .map((s) => `${view.partner(s.partnerId).name}: ${view.number(s.mean!)}${s.divided ? ` (${view.t(text.divided)})` : ''}`)
    .join('; ');
}

/** A partner's figures on one item, for the lists: n, mean and interval. */
function figuresLine(view: ReportView, summary: ScaleSummary): string {
  const name = view.partnerName(summary.partnerId);
  if (summary.mean === null) return `${name}: ${view.t(text.noFigure)}`;
  if (!summary.ci95) return view.fill(view.t(text.figuresShort), { partner: name, n: summary.n, mean: view.number(summary.mean) });
  return view.fill(view.t(text.figuresOf), {
    partner: name,
    n: summary.n,
    mean: view.number(summary.mean),
    low: view.number(summary.ci95[0]),
    high: view.number(summary.ci95[1]),
  });
}

export function SummarySection({ view }: { view: ReportView }) {
  return (
    <ReportSection id="summary" view={view}>
      <ul class="summary">
        {summarise(view).map((s) => (
          <li key={s.key} class={s.withheld ? 'withheld-notice' : undefined}>
            {s.sentence}
          </li>
        ))}
      </ul>
    </ReportSection>
  );
}

export function ResponsesSection({ view }: { view: ReportView }) {
  const { report, t, fill } = view;
  return (
    <ReportSection id="responses" view={view}>
      <table class="responses">
        <caption class="visually-hidden">{t(text.responses)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(text.partner)}</th>
            <th scope="col" class="number">
              {t(text.respondents)}
            </th>
            <th scope="col">{t(text.status)}</th>
          </tr>
        </thead>
        <tbody>
          {report.partners.map((p) =>
            p.status === 'shown' ? (
              <tr key={p.id}>
                <th scope="row">{view.partnerName(p.id)}</th>
                <td class="number">{p.respondents}</td>
                <td>
                  {t(p.basis === 'anonymous_group' ? text.shownAnonymous : text.shownPosition)}
                  {p.indicative ? (
                    <span class="tag">{fill(t(text.indicativeNote), { min: report.thresholds.INDICATIVE_BELOW })}</span>
                  ) : null}
                </td>
              </tr>
            ) : (
              <tr key={p.id} class="withheld">
                <th scope="row">{p.name}</th>
                <td class="number">{t(text.notEnoughCount)}</td>
                <td>{fill(t(text.notEnough), { k: report.minGroupSize })}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {view.partners.length > 0 ? (
        <>
          <h3>{t(text.legend)}</h3>
          <PartnerLegend view={view} />
        </>
      ) : null}
    </ReportSection>
  );
}

export function ReadingSection({ view }: { view: ReportView }) {
  const { report, t, fill } = view;
  const th = report.thresholds;
  const values = {
    k: report.minGroupSize,
    rwg: view.number(th.DIVIDED_BELOW_RWG),
    share: Math.round(th.CONFLICT_MIN_DIFFERENCE_SHARE * 100),
    d: view.number(th.CONFLICT_MIN_EFFECT_SIZE, 1),
    alignShare: view.number(th.ALIGNMENT_MAX_DIFFERENCE_SHARE * 100, 1),
    vc: Math.round(th.VALUE_CASE_MIN_SHARE * 100),
  };
  return (
    <ReportSection id="reading" view={view}>
      <ul>
        {text.readingPoints.map((point, i) => (
          <li key={i}>{fill(t(point), values)}</li>
        ))}
      </ul>
      <p>
        <a href={`${location.origin}/instrument`}>{t(text.allQuestions)}</a>
      </p>
    </ReportSection>
  );
}

export function HeatmapsSection({ view }: { view: ReportView }) {
  const { t, fill } = view;
  const sections = view.report.sections.filter((s) => s.pairScores.partnerIds.length >= 2);
  return (
    <ReportSection id="heatmaps" view={view}>
      <p>{t(text.heatmapsLead)}</p>
      {sections.length === 0 ? <Note>{t(text.nothingShown)}</Note> : null}
      <div class="chart-grid">
        {sections.map((section) => {
          const ids = section.pairScores.partnerIds;
          const pairs = ids
            .flatMap((a, i) => ids.slice(i + 1).map((b, j) => ({ a, b, score: section.pairScores.scores[i]![i + 1 + j] ?? null })))
            .filter((p) => p.score !== null);
          const sorted = [...pairs].sort((x, y) => y.score! - x.score!);
          const best = sorted[0];
          const worst = sorted.at(-1);
          const pairName = (p: { a: string; b: string }) => `${view.partner(p.a).name} – ${view.partner(p.b).name}`;
          const title = fill(t(text.heatTitle), { section: view.sectionTitle(section.sectionId) });
          const desc =
            best && worst
              ? fill(t(text.heatDesc), {
                  count: ids.length,
                  best: view.number(best.score!),
                  pairBest: pairName(best),
                  worst: view.number(worst.score!),
                  pairWorst: pairName(worst),
                })
              : t(text.nothingShown);
          return (
            <figure key={section.sectionId} class="chart-block">
              <h3>{view.sectionTitle(section.sectionId)}</h3>
              <HeatMap view={view} section={section} title={title} desc={desc} />
              <DataTable view={view} caption={title}>
                <thead>
                  <tr>
                    <td />
                    {ids.map((id) => (
                      <th key={id} scope="col">
                        {view.partner(id).letter}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {ids.map((id, i) => (
                    <tr key={id}>
                      <th scope="row">{view.partnerName(id)}</th>
                      {section.pairScores.scores[i]!.map((score, j) => (
                        <td key={j} class="number">
                          {i === j || score === null ? '–' : view.number(score)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </figure>
          );
        })}
      </div>
    </ReportSection>
  );
}

export function DrivesSection({ view }: { view: ReportView }) {
  const { t, fill } = view;
  const section = sectionOf(view, 'drives');
  const item = section?.items.find((i) => i.kind === 'allocation');
  if (item?.kind !== 'allocation' || item.byPartner.length === 0) {
    return (
      <ReportSection id="drives" view={view}>
        <Note>{t(section ? text.nothingShown : text.notInSurvey)}</Note>
      </ReportSection>
    );
  }
  const shortOption = (optionId: string) => view.optionLabel(item.itemId, optionId).split(':')[0]!;
  const highest = Math.max(...item.byPartner.flatMap((p) => p.options.map((o) => o.ci95?.[1] ?? o.mean ?? 0)));
  const max = Math.max(20, Math.ceil(highest / 10) * 10);
  return (
    <ReportSection id="drives" view={view}>
      <p>{t(text.drivesLead)}</p>
      <div class="chart-grid">
        {item.byPartner.map((profile) => {
          const partner = view.partner(profile.partnerId);
          const top = [...profile.options].filter((o) => o.mean !== null).sort((a, b) => b.mean! - a.mean!)[0];
          return (
            <figure key={partner.id} class="chart-block">
              <h3>{view.partnerName(partner.id)}</h3>
              <BarChart
                id={idFor('drives', partner.id)}
                view={view}
                partner={partner}
                max={max}
                title={fill(t(text.driveTitle), { partner: partner.name })}
                desc={fill(t(text.driveDesc), {
                  n: profile.n,
                  top: top ? `${shortOption(top.optionId)} (${view.number(top.mean!, 0)})` : t(text.noFigure),
                })}
                rows={profile.options.map((o) => ({ key: o.optionId, label: shortOption(o.optionId), value: o.mean, ci95: o.ci95 }))}
              />
            </figure>
          );
        })}
      </div>
      <DataTable view={view} caption={t(text.drives)}>
        <thead>
          <tr>
            <th scope="col">{t(text.drive)}</th>
            {item.byPartner.map((p) => (
              <th key={p.partnerId} scope="col">
                {view.partnerName(p.partnerId)} (n = {p.n})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {item.optionIds.map((optionId) => (
            <tr key={optionId}>
              <th scope="row">{shortOption(optionId)}</th>
              {item.byPartner.map((p) => {
                const o = p.options.find((x) => x.optionId === optionId);
                return (
                  <td key={p.partnerId} class="number">
                    {o ? meanWithInterval(view, o.mean, o.ci95) : '–'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </ReportSection>
  );
}

/** One figure per scale item: every partner on one line, then one table for all items. */
function ScaleItems({
  view,
  items,
  points,
  lowLabel,
  highLabel,
  caption,
}: {
  view: ReportView;
  items: readonly ScaleItemReport[];
  points: number;
  lowLabel?: string;
  highLabel?: string;
  caption: string;
}) {
  const { t, fill } = view;
  return (
    <>
      <div class="scale-list">
        {items.map((item) => {
          const poles = view.poles(item.itemId);
          const left = poles && item.format === 'bipolar' ? poles.left : (lowLabel ?? '1');
          const right = poles && item.format === 'bipolar' ? poles.right : (highLabel ?? String(points));
          const label = item.format === 'bipolar' ? view.itemText(item.itemId) : view.itemLabel(item.itemId);
          return (
            <figure key={item.itemId} class="chart-block scale-figure">
              <figcaption>
                <strong>{label}</strong>
              </figcaption>
              <div class="poles" aria-hidden="true">
                <span>1 = {left}</span>
                <span>
                  {points} = {right}
                </span>
              </div>
              <PositionChart
                id={idFor('pos', item.itemId)}
                view={view}
                points={points}
                byPartner={item.byPartner}
                title={label}
                desc={fill(t(text.positionDesc), {
                  left: `1 (${left})`,
                  right: `${points} (${right})`,
                  positions: positionsInWords(view, item.byPartner),
                })}
              />
            </figure>
          );
        })}
      </div>
      <DataTable view={view} caption={caption}>
        <thead>
          <tr>
            <th scope="col">{t(text.scale)}</th>
            <th scope="col">{t(text.partner)}</th>
            <th scope="col" class="number">
              {t(text.n)}
            </th>
            <th scope="col" class="number">
              {t(text.mean)} ({t(text.interval)})
            </th>
            <th scope="col" class="number">
              {t(text.agreement)}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.flatMap((item) =>
            item.byPartner.map((s, i) => (
              <tr key={`${item.itemId}-${s.partnerId}`}>
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={item.byPartner.length}>
                    {view.itemLabel(item.itemId)}
                  </th>
                ) : null}
                <td>{view.partnerName(s.partnerId)}</td>
                <td class="number">{s.n}</td>
                <td class="number">{meanWithInterval(view, s.mean, s.ci95)}</td>
                <td class="number">
                  {s.rwg === null ? '–' : view.number(s.rwg)}
                  {s.divided ? ` (${t(text.divided)})` : ''}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </DataTable>
    </>
  );
}

function scaleItemsOf(view: ReportView, sectionId: SectionId): ScaleItemReport[] {
  return (sectionOf(view, sectionId)?.items ?? []).filter((i): i is ScaleItemReport => i.kind === 'scale' && i.byPartner.length > 0);
}

export function CultureSection({ view }: { view: ReportView }) {
  const items = scaleItemsOf(view, 'culture');
  return (
    <ReportSection id="culture" view={view}>
      <p>{view.t(text.cultureLead)}</p>
      {items.length === 0 ? (
        <Note>{view.t(sectionOf(view, 'culture') ? text.nothingShown : text.notInSurvey)}</Note>
      ) : (
        <ScaleItems view={view} items={items} points={7} caption={view.t(text.culture)} />
      )}
    </ReportSection>
  );
}

export function ValuesSection({ view }: { view: ReportView }) {
  const items = scaleItemsOf(view, 'values');
  return (
    <ReportSection id="values" view={view}>
      <p>{view.t(text.valuesLead)}</p>
      {items.length === 0 ? (
        <Note>{view.t(sectionOf(view, 'values') ? text.nothingShown : text.notInSurvey)}</Note>
      ) : (
        <ScaleItems
          view={view}
          items={items}
          points={5}
          lowLabel={view.t(text.valueScaleLow)}
          highLabel={view.t(text.valueScaleHigh)}
          caption={view.t(text.values)}
        />
      )}
    </ReportSection>
  );
}

export function SharedGroundSection({ view }: { view: ReportView }) {
  const { t, fill, report } = view;
  return (
    <ReportSection id="shared-ground" view={view}>
      <p>{t(text.sharedLead)}</p>
      {report.sharedGround.length === 0 ? <Note>{t(view.partners.length < 2 ? text.nothingShown : text.sharedNone)}</Note> : null}
      <ol class="findings">
        {report.sharedGround.map((s) => (
          <li key={s.itemId}>
            <strong>{view.itemLabel(s.itemId)}</strong> <span class="muted">({view.sectionTitle(s.sectionId)})</span>
            <p>{fill(t(text.sharedSentence), { mean: view.number(s.mean), largest: Math.round(s.largestPlausibleDifference * 100) })}</p>
            <ul class="figures">
              {(scaleItem(view, s.itemId)?.byPartner ?? []).map((summary) => (
                <li key={summary.partnerId}>{figuresLine(view, summary)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </ReportSection>
  );
}

export function FaultLinesSection({ view }: { view: ReportView }) {
  const { t, fill, report } = view;
  return (
    <ReportSection id="fault-lines" view={view}>
      <p>{t(text.faultsLead)}</p>
      {report.faultLines.length === 0 ? <Note>{t(view.partners.length < 2 ? text.nothingShown : text.faultsNone)}</Note> : null}
      <ol class="findings">
        {report.faultLines.map((line) => {
          const item = scaleItem(view, line.itemId);
          const involved = new Set(line.widest.flatMap((w) => [w.a, w.b]));
          return (
            <li key={line.itemId}>
              <strong>{view.itemLabel(line.itemId)}</strong> <span class="muted">({view.sectionTitle(line.sectionId)})</span>
              <p>{fill(t(text.faultSentence), { pairs: line.conflictingPairs, gap: Math.round(line.certainGap * 100) })}</p>
              <ul class="figures">
                {line.widest.map((w) => {
                  // Said as "the higher one scores more", so the sign of a − b never has to be read.
                  const aHigher = w.difference >= 0;
                  const [low, high] = aHigher ? w.ci95 : ([-w.ci95[1], -w.ci95[0]] as const);
                  return (
                    <li key={`${w.a}-${w.b}`}>
                      {fill(t(text.faultPair), {
                        higher: view.partnerName(aHigher ? w.a : w.b),
                        lower: view.partnerName(aHigher ? w.b : w.a),
                        difference: view.number(Math.abs(w.difference)),
                        low: view.number(low),
                        high: view.number(high),
                        opposite: w.oppositeSides ? t(text.oppositeSides) : '',
                      })}
                    </li>
                  );
                })}
                {(item?.byPartner ?? [])
                  .filter((s) => involved.has(s.partnerId))
                  .map((summary) => (
                    <li key={summary.partnerId}>{figuresLine(view, summary)}</li>
                  ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </ReportSection>
  );
}

export function ValueCaseSection({ view }: { view: ReportView }) {
  const { t, fill } = view;
  const valueCase = view.report.valueCase;
  if (!valueCase || valueCase.byPartner.length === 0) {
    return (
      <ReportSection id="value-case" view={view}>
        <Note>{t(valueCase ? text.nothingShown : text.notInSurvey)}</Note>
      </ReportSection>
    );
  }
  const gapFor = (optionId: string, partnerId: string) =>
    valueCase.gaps.some((g) => g.optionId === optionId && g.wantedBy.includes(partnerId));
  const matchFor = (optionId: string, partnerId: string) =>
    valueCase.matches.some((m) => m.optionId === optionId && m.wanterId === partnerId);
  const names = (ids: readonly string[]) => view.list(ids.map((id) => view.partner(id).name));
  // Matches grouped per wanter and resource, so "A wants X; B and C bring it" is one line.
  const grouped = new Map<string, { wanter: string; optionId: string; bringers: string[] }>();
  for (const m of valueCase.matches) {
    const key = `${m.wanterId}|${m.optionId}`;
    const entry = grouped.get(key) ?? { wanter: m.wanterId, optionId: m.optionId, bringers: [] };
    entry.bringers.push(m.bringerId);
    grouped.set(key, entry);
  }
  return (
    <ReportSection id="value-case" view={view}>
      <p>{t(text.valueCaseLead)}</p>
      <div class="table-scroll">
        <table class="value-case">
          <caption class="visually-hidden">{t(text.valueCase)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(text.resource)}</th>
              {valueCase.byPartner.map((p) => (
                <th key={p.partnerId} scope="col">
                  {view.partnerName(p.partnerId)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {valueCase.optionIds.map((optionId) => (
              <tr key={optionId}>
                <th scope="row">{view.resourceLabel(optionId)}</th>
                {valueCase.byPartner.map((p) => {
                  const share = p.shares.find((s) => s.optionId === optionId);
                  const brings = p.brings.includes(optionId);
                  const wants = p.wants.includes(optionId);
                  const gap = wants && gapFor(optionId, p.partnerId);
                  const match = wants && matchFor(optionId, p.partnerId);
                  return (
                    <td key={p.partnerId} class={`${brings ? 'vc-brings' : ''} ${gap ? 'vc-gap' : ''}`}>
                      {brings ? (
                        <span class="vc-mark">
                          ▲ {t(text.brings)} {view.percent(share?.bring ?? 0)}
                        </span>
                      ) : null}
                      {wants ? (
                        <span class="vc-mark">
                          ▼ {t(text.wants)} {view.percent(share?.get ?? 0)}
                          {match ? <strong> · {t(text.match)}</strong> : null}
                          {gap ? <strong> · {t(text.gap)}</strong> : null}
                        </span>
                      ) : null}
                      {!brings && !wants ? <span class="muted">–</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t(text.matchesHeading)}</h3>
      {grouped.size === 0 ? <Note>{t(text.sumNoMatch)}</Note> : null}
      <ul>
        {[...grouped.values()].map((g) => (
          <li key={`${g.wanter}-${g.optionId}`}>
            {fill(t(text.matchLine), {
              wanter: view.partner(g.wanter).name,
              resource: view.resourceLabel(g.optionId).toLowerCase(),
              bringers: names(g.bringers),
            })}
          </li>
        ))}
      </ul>
      <h3>{t(text.gapsHeading)}</h3>
      {valueCase.gaps.length === 0 && valueCase.unusedOffers.length === 0 ? <Note>{t(text.noGaps)}</Note> : null}
      <ul>
        {valueCase.gaps.map((g) => (
          <li key={`gap-${g.optionId}`}>
            {fill(t(text.gapLine), {
              resource: view.resourceLabel(g.optionId),
              wanters: names(g.wantedBy),
              all: g.wantedByAll ? t(text.gapAll) : '',
            })}
          </li>
        ))}
        {valueCase.unusedOffers.map((u) => (
          <li key={`unused-${u.optionId}`}>
            {fill(t(text.unusedLine), { resource: view.resourceLabel(u.optionId), bringers: names(u.broughtBy) })}
          </li>
        ))}
        {valueCase.byPartner
          .filter((p) => p.oneSided !== null)
          .map((p) => (
            <li key={`one-${p.partnerId}`}>
              {fill(t(p.oneSided === 'wants_more' ? text.oneSidedWants : text.oneSidedBrings), {
                partner: view.partner(p.partnerId).name,
                wants: p.wants.length,
                brings: p.brings.length,
              })}
            </li>
          ))}
      </ul>
    </ReportSection>
  );
}

const bandClass = (band: string | null) => (band ? `band band-${band}` : 'band');

export function ReadinessSection({ view }: { view: ReportView }) {
  const { t } = view;
  const readiness = view.report.readiness;
  if (!readiness || view.partners.length === 0) {
    return (
      <ReportSection id="readiness" view={view}>
        <Note>{t(readiness ? text.nothingShown : text.notInSurvey)}</Note>
      </ReportSection>
    );
  }
  return (
    <ReportSection id="readiness" view={view}>
      <p>{t(text.readinessLead)}</p>
      <ul class="band-key">
        <li class="band band-strength">
          {t(bandText.strength)}: ≥ {view.number(view.report.thresholds.BAND_STRENGTH_FROM, 1)}
        </li>
        <li class="band band-borderline">
          {t(bandText.borderline)}: {view.number(view.report.thresholds.BAND_BORDERLINE_FROM, 1)}–
          {view.number(view.report.thresholds.BAND_STRENGTH_FROM - 0.01)}
        </li>
        <li class="band band-concern">
          {t(bandText.concern)}: &lt; {view.number(view.report.thresholds.BAND_BORDERLINE_FROM, 1)}
        </li>
      </ul>
      <div class="table-scroll">
        <table class="scorecard">
          <caption class="visually-hidden">{t(text.readiness)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(text.factor)}</th>
              {view.partners.map((p) => (
                <th key={p.id} scope="col">
                  {view.partnerName(p.id)}
                </th>
              ))}
              <th scope="col">{t(text.weakest)}</th>
            </tr>
          </thead>
          <tbody>
            {readiness.factors.map((f) => (
              <tr key={f.factor}>
                <th scope="row">{t(factorText[f.factor])}</th>
                {view.partners.map((p) => {
                  const score = f.byPartner.find((s) => s.partnerId === p.id);
                  return (
                    <td key={p.id} class={bandClass(score?.band ?? null)}>
                      {score && score.score !== null ? (
                        <>
                          {view.number(score.score)} <span class="band-word">{t(bandText[score.band!])}</span>
                          {score.divided ? <span class="band-word"> · {t(text.divided)}</span> : null}
                        </>
                      ) : (
                        t(text.noFigure)
                      )}
                    </td>
                  );
                })}
                <td class={bandClass(f.weakest?.band ?? null)}>
                  {f.weakest
                    ? `${view.list(f.weakest.partnerIds.map((id) => view.partner(id).name))}: ${view.number(f.weakest.score)} (${t(bandText[f.weakest.band])})`
                    : t(text.noFigure)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ReportSection>
  );
}

export function TriangleSection({ view }: { view: ReportView }) {
  const { t, fill } = view;
  const triangle = view.report.triangle;
  if (!triangle || triangle.byPartner.length === 0) {
    return (
      <ReportSection id="triangle" view={view}>
        <Note>{t(triangle ? text.nothingShown : text.notInSurvey)}</Note>
      </ReportSection>
    );
  }
  return (
    <ReportSection id="triangle" view={view}>
      <p>{t(text.triangleLead)}</p>
      <div class="chart-grid triangles">
        {triangle.byPartner.map((entry) => {
          const partner = view.partner(entry.partnerId);
          const sides = entry.sides.map((s) => ({ label: t(sideText[s.side]), score: s.score }));
          return (
            <figure key={partner.id} class="chart-block">
              <h3>{view.partnerName(partner.id)}</h3>
              <TriangleChart
                id={idFor('triangle', partner.id)}
                view={view}
                partner={partner}
                sides={sides}
                title={fill(t(text.triangleTitle), { partner: partner.name })}
                desc={fill(t(text.triangleDesc), {
                  sides: entry.sides
                    .map(
                      (s) =>
                        `${t(sideText[s.side])} ${s.score === null ? t(text.noFigure) : `${view.number(s.score)} (${t(bandText[s.band!])})`}`,
                    )
                    .join(', '),
                  weakest: view.list(entry.weakestSides.map((s) => t(sideText[s]))) || t(text.noFigure),
                })}
              />
            </figure>
          );
        })}
      </div>
      <DataTable view={view} caption={t(text.triangle)}>
        <thead>
          <tr>
            <th scope="col">{t(text.partner)}</th>
            {triangle.byPartner[0]!.sides.map((s) => (
              <th key={s.side} scope="col">
                {t(sideText[s.side])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {triangle.byPartner.map((entry) => (
            <tr key={entry.partnerId}>
              <th scope="row">{view.partnerName(entry.partnerId)}</th>
              {entry.sides.map((s) => (
                <td key={s.side} class="number">
                  {s.score === null
                    ? t(text.noFigure)
                    : `${view.number(s.score)} (${t(bandText[s.band!])}${s.divided ? `, ${t(text.divided)}` : ''})`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </ReportSection>
  );
}

export function TensionsSection({ view }: { view: ReportView }) {
  const { t } = view;
  const tensions = view.report.tensions;
  const items = scaleItemsOf(view, 'tensions');
  if (!tensions || items.length === 0) {
    return (
      <ReportSection id="tensions" view={view}>
        <Note>{t(tensions ? text.nothingShown : text.notInSurvey)}</Note>
      </ReportSection>
    );
  }
  const ranked = tensions.ranked.flatMap((r) => items.filter((i) => i.itemId === r.itemId));
  return (
    <ReportSection id="tensions" view={view}>
      <p>{t(text.tensionsLead)}</p>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">{t(text.tensions)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(text.tension)}</th>
              <th scope="col" class="number">
                {t(text.allPartnersMean)}
              </th>
              {view.partners.map((p) => (
                <th key={p.id} scope="col" class="number">
                  {view.partnerName(p.id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tensions.ranked.map((r) => (
              <tr key={r.itemId}>
                <th scope="row">{view.itemText(r.itemId)}</th>
                <td class="number">{view.number(r.mean)}</td>
                {view.partners.map((p) => {
                  const own = tensions.byPartner.find((b) => b.partnerId === p.id)?.ranked.find((x) => x.itemId === r.itemId);
                  return (
                    <td key={p.id} class="number">
                      {own ? `${view.number(own.mean)} (n = ${own.n})` : '–'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ScaleItems
        view={view}
        items={ranked}
        points={5}
        lowLabel={t(text.tensionLow)}
        highLabel={t(text.tensionHigh)}
        caption={t(text.tensions)}
      />
    </ReportSection>
  );
}

export function PerceptionsSection({ view }: { view: ReportView }) {
  const { t } = view;
  const perceptions = view.report.perceptions;
  const items = (perceptions?.items ?? []).filter((i) => i.targets.length > 0);
  return (
    <ReportSection id="perceptions" view={view}>
      {!perceptions ? <Note>{t(text.notInSurvey)}</Note> : <p>{t(text.perceptionsLead)}</p>}
      {perceptions && items.length === 0 ? <Note>{t(text.nothingShown)}</Note> : null}
      {items.map((item) => (
        <div key={item.itemId} class="keep-together">
          <h3>{view.itemLabel(item.mirrors)}</h3>
          <div class="table-scroll">
            <table>
              <caption class="visually-hidden">{view.itemLabel(item.mirrors)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(text.partner)}</th>
                  <th scope="col" class="number">
                    {t(text.selfView)}
                  </th>
                  <th scope="col" class="number">
                    {t(text.othersView)}
                  </th>
                  <th scope="col" class="number">
                    {t(text.perceptionGap)}
                  </th>
                  <th scope="col">{t(text.notable)}</th>
                </tr>
              </thead>
              <tbody>
                {item.targets.map((target) => (
                  <tr key={target.partnerId}>
                    <th scope="row">{view.partnerName(target.partnerId)}</th>
                    <td class="number">{target.self ? `${view.number(target.self.mean)} (n = ${target.self.n})` : '–'}</td>
                    <td class="number">
                      {target.others
                        ? `${meanWithInterval(view, target.others.mean, target.others.ci95)}, n = ${target.others.n}, ${target.raters} ${t(text.raters)}${target.others.divided ? `, ${t(text.divided)}` : ''}`
                        : '–'}
                    </td>
                    <td class="number">{target.gap === null ? '–' : meanWithInterval(view, target.gap, target.ci95)}</td>
                    <td>{t(target.notable ? text.yes : text.no)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </ReportSection>
  );
}

export function CommentsSection({
  view,
  comments,
  asked,
}: {
  view: ReportView;
  comments: CommentsResponse['comments'] | null;
  asked: boolean;
}) {
  const { t, fill } = view;
  if (!asked || !comments) {
    return (
      <ReportSection id="comments" view={view}>
        <Note>{t(text.notInSurvey)}</Note>
      </ReportSection>
    );
  }
  const eligible = new Set(comments.byPartner.map((p) => p.partnerId));
  // Shown partners below the comment threshold are named; partners under k are not mentioned here.
  const skipped = view.partners.filter((p) => !eligible.has(p.id));
  return (
    <ReportSection id="comments" view={view}>
      <p>{fill(t(text.commentsLead), { min: comments.minRespondents })}</p>
      {comments.byPartner.length === 0 ? <Note>{t(text.commentsNone)}</Note> : null}
      {skipped.length > 0 && comments.byPartner.length > 0 ? (
        <Note>{fill(t(text.commentsSkipped), { names: view.list(skipped.map((p) => p.name)), min: comments.minRespondents })}</Note>
      ) : null}
      {comments.byPartner.map((entry) => (
        <div key={entry.partnerId}>
          <h3>{view.partnerName(entry.partnerId)}</h3>
          {entry.items.map((item) => (
            <div key={item.itemId} class="keep-together">
              <h4>{view.itemText(item.itemId)}</h4>
              {item.comments.length === 0 ? (
                <Note>{t(text.noComments)}</Note>
              ) : (
                <ul class="comments">
                  {item.comments.map((comment, i) => (
                    <li key={i}>{comment}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      ))}
    </ReportSection>
  );
}

export function BreakdownsSection({
  view,
  breakdowns,
  asked,
}: {
  view: ReportView;
  breakdowns: readonly BreakdownsResponse['breakdowns'][];
  asked: boolean;
}) {
  const { t, fill } = view;
  const k = view.report.minGroupSize;
  if (!asked) {
    return (
      <ReportSection id="breakdowns" view={view}>
        <Note>{t(text.notInSurvey)}</Note>
      </ReportSection>
    );
  }
  return (
    <ReportSection id="breakdowns" view={view}>
      <p>{fill(t(text.breakdownsLead), { k })}</p>
      {breakdowns.length === 0 ? <Note>{t(text.nothingShown)}</Note> : null}
      {breakdowns.map((b) => (
        <div key={b.partnerId}>
          <h3>{view.partnerName(b.partnerId)}</h3>
          {b.dimensions.map((d) => {
            const dimension = t(d.dimension === 'role' ? text.dimensionRole : text.dimensionInvolvement);
            if (d.status === 'withheld') return <Note key={d.dimension}>{fill(t(text.breakdownWithheld), { dimension, k })}</Note>;
            const groupName = (optionId: string | null) => (optionId === null ? t(text.notAnswered) : view.optionLabel(d.itemId, optionId));
            return (
              <DataTable key={d.dimension} view={view} caption={`${dimension}: ${view.partner(b.partnerId).name}`}>
                <thead>
                  <tr>
                    <th scope="col">{t(text.question)}</th>
                    {d.groups.map((g) => (
                      <th key={g.optionId ?? 'none'} scope="col" class="number">
                        {groupName(g.optionId)} ({g.respondents})
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {b.itemIds.map((itemId, i) => (
                    <tr key={itemId}>
                      <th scope="row">{view.itemLabel(itemId)}</th>
                      {d.groups.map((g) => (
                        <td key={g.optionId ?? 'none'} class="number">
                          {meanWithInterval(view, g.means[i] ?? null, g.ci95[i] ?? null)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            );
          })}
        </div>
      ))}
    </ReportSection>
  );
}
