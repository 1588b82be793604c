/**
 * A list answer first: the entries worth reading (a clear change, or what the partners agreed on) in
 * view, every other entry behind one "without a clear change (n)".
 */
import type { ComponentChildren } from 'preact';
import type { ReportView } from '../view';
import { changeText } from './text';

export function Split<T>(props: {
  view: ReportView;
  entries: readonly T[];
  shown: (entry: T) => boolean;
  render: (entry: T, shown: boolean) => ComponentChildren;
  list?: 'ol' | 'ul';
  class?: string;
}) {
  const { view, entries, shown, render, list = 'ul' } = props;
  const List = list;
  const [first, rest] = [entries.filter(shown), entries.filter((e) => !shown(e))];
  return (
    <>
      {first.length > 0 ? <List class={props.class}>{first.map((entry) => render(entry, true))}</List> : null}
      {rest.length > 0 ? (
        <details class="change-rest">
          <summary>{view.fill(view.t(changeText.unchanged), { count: rest.length })}</summary>
          <List class={props.class}>{rest.map((entry) => render(entry, false))}</List>
        </details>
      ) : null}
    </>
  );
}
