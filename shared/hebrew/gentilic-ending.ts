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
