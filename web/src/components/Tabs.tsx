/**
 * Tabs as the WAI-ARIA tabs pattern describes them: one tab stop for the tab list, arrow keys (and
 * Home, End) move between tabs and show the panel at once; Tab goes on into the panel's content.
 * The chosen tab is kept in the page's query (`?tab=`), never in the fragment, which holds a link's
 * secret, so a reload comes back to the same part.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface Tab<Id extends string> {
  readonly id: Id;
  readonly label: string;
}

/** The tab named in the page's query, or the first. */
export function tabFromLocation<Id extends string>(ids: readonly Id[]): Id {
  const wanted = new URLSearchParams(location.search).get('tab');
  return ids.find((id) => id === wanted) ?? ids[0]!;
}

/** Remembers the chosen tab in the page's query, keeping the fragment as it is. */
export function rememberTab(id: string): void {
  const query = new URLSearchParams(location.search);
  query.set('tab', id);
  history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
}

export function Tabs<Id extends string>(props: {
  label: string;
  tabs: readonly Tab<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  /** The chosen tab's panel. */
  children: ComponentChildren;
}) {
  const { tabs, selected } = props;
  const list = useRef<HTMLDivElement>(null);
  const choose = (id: Id, focus: boolean) => {
    props.onSelect(id);
    if (focus) list.current?.querySelector<HTMLButtonElement>(`#tab-${id}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === selected);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    choose(tabs[(next + tabs.length) % tabs.length]!.id, true);
  };
  return (
    <>
      <div class="tab-list" role="tablist" aria-label={props.label} ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={tab.id === selected ? `panel-${tab.id}` : undefined}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => choose(tab.id, false)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div class="tab-panel" role="tabpanel" id={`panel-${selected}`} aria-labelledby={`tab-${selected}`}>
        {props.children}
      </div>
    </>
  );
}
