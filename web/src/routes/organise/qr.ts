/**
 * QR codes as SVG, made in the browser from the link itself (the secret never leaves the page).
 * `uqr` encodes; we draw one path of squares so the SVG is small, crisp in print and labelled.
 */
import { encode } from 'uqr';

/** An SVG document for `text`, with a quiet zone of 4 modules as the QR standard asks. */
export function qrSvg(text: string, title: string): string {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let path = '';
  for (const [y, row] of data.entries()) {
    for (const [x, dark] of row.entries()) if (dark) path += `M${x} ${y}h1v1h-1z`;
  }
  const escaped = title.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 6}" height="${size * 6}" role="img" aria-label="${escaped}" shape-rendering="crispEdges"><title>${escaped}</title><rect width="100%" height="100%" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
