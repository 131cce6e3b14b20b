// Two forms of one gentilic that differ in its ending only: -ני or -אי (אמריקני / אמריקאי), -י or -אי
// (אירופי / אירופאי, פלסטיני / פלסטינאי), with the same inflection after it. Both are Hebrew word
// formation the Academy accepts, not two spellings of the name they come from (HEBREW.md §6 row 1 spells
// the name: איראני / אירני, אסלאמי / איסלאמי differ inside it), so the checker reports them as a word's
// form rather than a name's spelling.

/** The inflections of a gentilic: masculine, feminine, plurals (the Academy's -יים after things). */
const INFLECTIONS: ReadonlySet<string> = new Set(['י', 'ית', 'ים', 'יות', 'יים']);

/** What stands before the inflection in one form and not in the other. */
const ENDING_LETTERS: ReadonlySet<string> = new Set(['', 'א', 'נ']);

/** `a` and `b` differ only by -ני / -אי / -י before the same inflection (אמריקנים / אמריקאים). */
export function differInGentilicEndingOnly(a: string, b: string): boolean {
  if (a === b) return false;
  for (const inflection of INFLECTIONS) {
    if (!a.endsWith(inflection) || !b.endsWith(inflection)) continue;
    const restA = a.slice(0, -inflection.length);
    const restB = b.slice(0, -inflection.length);
    let common = 0;
    while (common < restA.length && common < restB.length && restA[common] === restB[common]) common++;
    // The stem before the ending: at least two letters, so a short word's letters are not its "ending".
    if (common < 2) continue;
    if (ENDING_LETTERS.has(restA.slice(common)) && ENDING_LETTERS.has(restB.slice(common))) return true;
  }
  return false;
}

/** A masculine plural as its singular (אלג׳יראים → אלג׳יראי, אלג׳יריים → אלג׳ירי); else the stem. */
function singularOf(stem: string): string {
  if (stem.endsWith('יים')) return stem.slice(0, -2);
  if (stem.endsWith('ים')) return stem.slice(0, -2) + 'י';
  return stem;
}

/**
 * A gentilic written with -אי and with -י or -ני (אלג׳יראי / אלג׳ירי, אלג׳יראים / אלג׳ירים / אלג׳יריים):
 * word formation the Academy accepts both ways, not a name's spelling, so the editor sees it under
 * word forms. The plurals are compared as their singulars, the people's -ים beside the adjective's
 * -יים with them; but two plurals alone (גנאים / גנאיים, a surname) are not a gentilic.
 */
export function isGentilicWrittenTwoWays(stems: readonly string[]): boolean {
  const singulars = stems.map(singularOf);
  const first = singulars[0] as string;
  let ending = false;
  for (const other of singulars.slice(1)) {
    if (other === first) continue;
    if (!differInGentilicEndingOnly(other, first)) return false;
    ending = true;
  }
  return ending;
}
