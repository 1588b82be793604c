/**
 * The report's sections in page order, one component per section (one file each in this folder).
 * The contents list and the page both read this list, so a section's place, heading and anchor are
 * defined once.
 */
import type { FunctionComponent } from 'preact';
import type { Localized } from '../../../lib/i18n';
import { releaseText } from '../release';
import { text } from '../text';
import { Breakdowns } from './Breakdowns';
import { Channels } from './Channels';
import { Comments } from './Comments';
import { Culture } from './Culture';
import { Drives } from './Drives';
import { FaultLines } from './FaultLines';
import { Heatmaps } from './Heatmaps';
import { Perceptions } from './Perceptions';
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
}

export const SECTIONS: readonly SectionEntry[] = [
  { id: 'summary', heading: text.summary, Body: Summary },
  { id: 'responses', heading: text.responses, Body: Responses },
  { id: 'channels', heading: releaseText.channels, Body: Channels },
  { id: 'reading', heading: text.reading, Body: Reading },
  { id: 'heatmaps', heading: text.heatmaps, Body: Heatmaps },
  { id: 'drives', heading: text.drives, Body: Drives },
  { id: 'culture', heading: text.culture, Body: Culture },
  { id: 'values', heading: text.values, Body: Values },
  { id: 'shared-ground', heading: text.shared, Body: SharedGround },
  { id: 'fault-lines', heading: text.faults, Body: FaultLines },
  { id: 'value-case', heading: text.valueCase, Body: ValueCase },
  { id: 'readiness', heading: text.readiness, Body: Readiness },
  { id: 'triangle', heading: text.triangle, Body: Triangle },
  { id: 'tensions', heading: text.tensions, Body: Tensions },
  { id: 'perceptions', heading: text.perceptions, Body: Perceptions },
  { id: 'comments', heading: text.comments, Body: Comments },
  { id: 'breakdowns', heading: text.breakdowns, Body: Breakdowns },
];

/** Every section, each under its heading. */
export function ReportSections(props: SectionProps) {
  return (
    <>
      {SECTIONS.map(({ id, heading, Body }) => (
        <ReportSection key={id} id={id} heading={props.view.t(heading)}>
          <Body {...props} />
        </ReportSection>
      ))}
    </>
  );
}
