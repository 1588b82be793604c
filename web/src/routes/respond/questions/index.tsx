/**
 * One input per instrument format, answerable with a thumb, a keyboard and a screen reader:
 * native radios and checkboxes in fieldsets, targets of at least 44 px, both poles of a bipolar
 * scale in every option's accessible name, and errors tied to their question.
 */
import { Allocation } from './Allocation';
import { Agreement, Choices } from './choices';
import type { QuestionProps } from './Frame';
import { FreeText } from './FreeText';
import { Bipolar, Perception, Scale } from './scales';
import * as words from './words';

export type { QuestionProps } from './Frame';

export function Question(props: QuestionProps) {
  const { item } = props;
  switch (item.format) {
    case 'bipolar':
      return <Bipolar {...props} left={item.left} right={item.right} />;
    case 'importance':
      return <Scale {...props} points={5} low={words.importanceLow} high={words.importanceHigh} />;
    case 'intensity':
      return (
        <Scale {...props} points={5} low={words.intensityLow} high={words.intensityHigh} poles={{ left: item.left, right: item.right }} />
      );
    case 'agreement':
      return <Agreement {...props} />;
    case 'allocation':
      return <Allocation {...props} options={item.options} total={item.total} />;
    case 'multi_select':
      return <Choices {...props} options={item.options} multiple />;
    case 'single_choice':
      return <Choices {...props} options={item.options} />;
    case 'text':
      return <FreeText {...props} maxLength={item.maxLength} />;
    case 'perception':
      return <Perception {...props} left={item.left} right={item.right} />;
  }
}
