import type { ComponentChildren } from 'preact';

/**
 * A column heading: its text, or its text, whether the column holds numbers (set right) and, where
 * two headings could read alike (partners' names), what tells it apart.
 */
export type Column = string | { readonly label: string; readonly number?: boolean; readonly key?: string };

export interface DataTableProps {
  /** What the table lists: read by screen readers, and shown when `captionShown`. */
  readonly caption: string;
  readonly captionShown?: boolean;
  readonly columns: readonly Column[];
  /** The rows (`<tr>`), the body of the table. */
  readonly children: ComponentChildren;
}

/**
 * A table of records on the organiser's pages. It scrolls sideways within its own box, so a phone
 * at 360 px never scrolls the whole page; the caption names it for screen readers even where the
 * heading above already says what it is for sighted readers.
 */
export function DataTable({ caption, captionShown = false, columns, children }: DataTableProps) {
  return (
    <div class="table-scroll">
      <table>
        <caption class={captionShown ? undefined : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) =>
              typeof column === 'string' ? (
                <th scope="col" key={column}>
                  {column}
                </th>
              ) : (
                <th scope="col" key={column.key ?? column.label} class={column.number ? 'number' : undefined}>
                  {column.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
