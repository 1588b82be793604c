/**
 * The one way the platform puts a value into a sentence (the web app's texts, and the invitations
 * the Worker sends): `{name}` placeholders, filled so that an inserted text which ends a sentence
 * itself ("Meer mensen aan het werk.", "Bouw B.V.") takes the place of the template's own full
 * stop, question or exclamation mark: never "werk..".
 */

/** A value to insert: a text or number, or a text in another language than the page's (shown with its `lang`). */
export type Insert = string | number | { readonly text: string; readonly lang: string };

/** A filled sentence in pieces: the template's own text, and each inserted value where it goes. */
export type Piece = string | { readonly text: string; readonly lang: string };

const ENDS_SENTENCE = /[.!?…]["'’”)]*$/;
const STARTS_WITH_STOP = /^[.!?]/;

/** The template in pieces, with every placeholder filled (an unknown one is left as it stands). */
export function fillPieces(template: string, values: Readonly<Record<string, Insert>>): Piece[] {
  const pieces: Piece[] = [];
  let swallowStop = false;
  for (const [index, part] of template.split(/\{(\w+)\}/).entries()) {
    if (index % 2 === 0) {
      // The template's text: drop its leading stop when the value before it ended a sentence.
      const own = swallowStop && STARTS_WITH_STOP.test(part) ? part.slice(1) : part;
      if (own) pieces.push(own);
      continue;
    }
    const value = values[part];
    const piece: Piece = value === undefined ? `{${part}}` : typeof value === 'object' ? value : String(value);
    const text = typeof piece === 'string' ? piece : piece.text;
    swallowStop = ENDS_SENTENCE.test(text.trimEnd());
    pieces.push(piece);
  }
  return pieces;
}

/** The template as one string, filled as `fillPieces` does. */
export function fill(template: string, values: Readonly<Record<string, Insert>>): string {
  return fillPieces(template, values)
    .map((piece) => (typeof piece === 'string' ? piece : piece.text))
    .join('');
}
