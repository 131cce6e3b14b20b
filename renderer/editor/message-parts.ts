// A finding's message cut into plain text and parameters, so that each parameter can be drawn in its
// own bidi isolate (LESSONS 1, 3). A message is UI text in the UI's direction; its parameters are text
// of either script: Hebrew spellings in an English sentence, "5 km" or "Hayat Tahrir al-Sham" in a
// Hebrew one. Left in the sentence, a parameter takes part in the sentence's bidi resolution: digits
// count as right-to-left beside Hebrew, so "חיית ×1, חייאת ×1" runs together into one reversed run, and
// in the Hebrew UI "5 km" is drawn "km 5".
import type { Finding } from '../../shared/model/finding';

/** Plain UI text, or one parameter: a single value, or a list drawn item by item. */
export type MessagePart = { readonly text: string } | { readonly param: readonly string[] };

/** Translates a key with parameters, as i18next's `t` does. */
export type Translate = (key: string, params: Readonly<Record<string, string | number>>) => string;

// Plane-15 private-use characters, which no translation and no parameter placeholder contains, mark
// where each parameter lands in the translated text.
const OPEN = '\u{F0000}';
const CLOSE = '\u{F0001}';
const MARKED = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, 'u');

/**
 * The parts of a finding's message. String parameters are marked and cut out; numbers stay in the
 * text, since i18next chooses plural forms by them. A `variants` parameter lists the finding's
 * spellings (source-names: "חייאת / חיית"); it is given item by item, so that each spelling is its
 * own isolate and the list reads in the UI's direction like the cluster list.
 */
export function messageParts(t: Translate, finding: Pick<Finding, 'message' | 'variants'>): MessagePart[] {
  const { key, params } = finding.message;
  const marked: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params))
    marked[name] = typeof value === 'string' ? `${OPEN}${name}${CLOSE}` : value;
  const listed = (name: string, value: string): readonly string[] =>
    name === 'variants' && finding.variants && finding.variants.length > 0 ? finding.variants : [value];
  const parts: MessagePart[] = [];
  const pieces = t(key, marked).split(MARKED);
  pieces.forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece !== '') parts.push({ text: piece });
      return;
    }
    // Only string parameters were marked.
    parts.push({ param: listed(piece, String(params[piece])) });
  });
  return parts;
}
