/**
 * The report's sections in page order, one component per section (one file each in this folder).
 * The contents list and the page both read this list, so a section's place, heading, anchor and
 * printout are defined once: the executive printout holds the sections marked `executive`; the
 * appendix sections show their figures on demand (collapsed on screen, open in the full printout),
 * read when first opened (`needs`: the page reads all of them before the full printout).
 */
import type { FunctionComponent } from 'preact';
import type { Localized } from '../../../lib/i18n';
import { Change } from '../change/Change';
import { changeText } from '../change/text';
import { type DetailPart, loadOnOpen, Needs } from '../detail';
import { releaseText } from '../release';
import { text } from '../text';
import { Agenda } from './Agenda';
import { Breakdowns } from './Breakdowns';
import { Channels } from './Channels';
import { Comments } from './Comments';
import { Complements } from './Complements';
import { Culture } from './Culture';
import { Drives } from './Drives';
import { FaultLines } from './FaultLines';
import { Heatmaps } from './Heatmaps';
import { Pairs } from './Pairs';
import { Perceptions } from './Perceptions';
import { Propositions } from './Propositions';
import { ReportSection, type SectionProps } from './parts';
import { Readiness } from './Readiness';
import { Reading } from './Reading';
import { Responses } from './Responses';
import { SharedGround } from './SharedGround';
import { Summary } from './Summary';
import { Tensions } from './Tensions';
import { Triangle } from './Triangle';
import { ValueCase } from './ValueCase';
import { Values } from './Values';

export type { SectionProps } from './parts';

interface SectionEntry {
  /** The section's element id: the contents list's anchor. */
  readonly id: string;
  readonly heading: Localized;
  readonly Body: FunctionComponent<SectionProps>;
  /** The printout it belongs to: the executive report (and the full one), or only the full one. */
  readonly print: 'executive' | 'full';
  /** An appendix section: its figures are collapsed on screen, shown on demand. */
  readonly appendix?: 'open' | 'collapsed';
  /** What a collapsed appendix section draws from beyond the overview: read when it is first opened. */
  readonly needs?: readonly DetailPart[];
}

export const SECTIONS: readonly SectionEntry[] = [
  { id: 'summary', heading: text.summary, Body: Summary, print: 'executive' },
  // In the executive printout the change is its first line (the summary) and the agenda's look back.
  { id: 'change', heading: changeText.heading, Body: Change, print: 'full' },
  { id: 'agenda', heading: text.agenda, Body: Agenda, print: 'executive' },
  { id: 'fault-lines', heading: text.faults, Body: FaultLines, print: 'executive' },
  { id: 'complements', heading: text.complements, Body: Complements, print: 'full' },
  { id: 'shared-ground', heading: text.shared, Body: SharedGround, print: 'executive' },
  { id: 'value-case', heading: text.valueCase, Body: ValueCase, print: 'executive' },
  { id: 'readiness', heading: text.readiness, Body: Readiness, print: 'executive' },
  { id: 'triangle', heading: text.triangle, Body: Triangle, print: 'executive' },
  { id: 'propositions', heading: text.propositions, Body: Propositions, print: 'full' },
  { id: 'values', heading: text.values, Body: Values, print: 'full' },
  { id: 'tensions', heading: text.tensions, Body: Tensions, print: 'full' },
  { id: 'perceptions', heading: text.perceptions, Body: Perceptions, print: 'full' },
  { id: 'responses', heading: text.responses, Body: Responses, print: 'full', appendix: 'open' },
  { id: 'channels', heading: releaseText.channels, Body: Channels, print: 'full', appendix: 'open' },
  { id: 'reading', heading: text.reading, Body: Reading, print: 'full', appendix: 'open' },
  { id: 'heatmaps', heading: text.heatmaps, Body: Heatmaps, print: 'full', appendix: 'collapsed', needs: ['figures'] },
  { id: 'drives', heading: text.drives, Body: Drives, print: 'full', appendix: 'collapsed', needs: ['figures'] },
  { id: 'culture', heading: text.culture, Body: Culture, print: 'full', appendix: 'collapsed', needs: ['figures'] },
  { id: 'pairs', heading: text.pairs, Body: Pairs, print: 'full', appendix: 'collapsed', needs: ['figures'] },
  { id: 'comments', heading: text.comments, Body: Comments, print: 'full', appendix: 'collapsed', needs: ['comments'] },
  { id: 'breakdowns', heading: text.breakdowns, Body: Breakdowns, print: 'full', appendix: 'collapsed', needs: ['breakdowns'] },
];

/** Every section, each under its heading; appendix figures behind a "show all figures" toggle. */
export function ReportSections(props: SectionProps) {
  const { view, detail } = props;
  const { t } = view;
  return (
    <>
      {SECTIONS.map(({ id, heading, Body, print, appendix, needs = [] }) => (
        <ReportSection key={id} id={id} heading={t(heading)} print={print} kicker={appendix ? t(text.appendix) : undefined}>
          {appendix === 'collapsed' ? (
            <details class="appendix-body" onToggle={loadOnOpen(detail, ...needs)}>
              <summary>{t(text.showFigures)}</summary>
              <Needs detail={detail} parts={needs}>
                {() => <Body {...props} />}
              </Needs>
            </details>
          ) : (
            <Body {...props} />
          )}
        </ReportSection>
      ))}
    </>
  );
}
