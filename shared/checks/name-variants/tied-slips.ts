// Two spellings of a name one typing slip apart, each written as often as the other (אלבדס / אלדבס,
// אדהנום / אדנהום: once each, often in one article): nothing tells which is right, but one of them is
// a slip. typing-slips.ts reports the one written later as another spelling of the one written
// first, under the name-variant message (not "looks like a typing slip": it may be the first that
// slipped). Only two letters swapped, neither ו nor י (a ו or י moved relates Hebrew forms, מתוכננת /
// מתכוננת), in five letters or more (an א moved in four is the fāʿil / faʿāl pair of two names, ראשד /
// רשאד), and only between words no list knows.
import type { NameDocument, StemUse } from './stem-use';

/** The fewest letters of a tied slip: shorter words are one swap from too many others. */
export const MIN_TIED_LETTERS = 5;

/** Where a spelling is first written: its first paragraph, then its first place in it. */
function firstPlace(doc: NameDocument, use: StemUse): [number, number] {
  let best: [number, number] = [Infinity, Infinity];
  for (const type of use.types) {
    const paragraph = doc.stats.paragraphsOf(type)[0];
    if (paragraph === undefined || paragraph > best[0]) continue;
    const start = doc.stats.occurrences(paragraph, type)[0]?.start ?? Infinity;
    if (paragraph < best[0] || start < best[1]) best = [paragraph, start];
  }
  return best;
}

/** `slip` is written after `right` (by its first writing; by their letters when that ties). */
export function writtenAfter(doc: NameDocument, slip: StemUse, right: StemUse): boolean {
  const [a, b] = [firstPlace(doc, slip), firstPlace(doc, right)];
  if (a[0] !== b[0]) return a[0] > b[0];
  if (a[1] !== b[1]) return a[1] > b[1];
  return slip.info.stem > right.info.stem;
}
