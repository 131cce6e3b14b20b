// A quick, exact "no" for most pairs of spellings, before the weighted distance (variants.ts) runs:
// every letter of one spelling that the other lacks must be deleted or swapped for another letter, and
// each such edit costs at least that letter's floor. When the floors alone pass the pair's threshold,
// areVariants is null. Comparing a name with the thousands of words around it is then mostly this
// test, not a distance table per pair.
import { variantThreshold, type ParsedName, type Unit } from './variants';

/**
 * The least an edit removing each letter can cost under the alternation table (variants.ts): its
 * cheapest swap for another letter (ר׳↔ע׳ 0.2, ג↔ע׳ 0.3, ג׳↔ז׳ 0.3, ט↔ת 0.4 …) or deletion
 * (doubled ו/י 0.25, doubled ל 0.3 …), and ב its v written וו instead (0.5). A letter with no swap partner and
 * no optional role (מ נ פ) costs a full edit. variant-bound.test.ts measures each floor with compareNames and fails if one is too high.
 */
export const LETTER_FLOORS: Readonly<Record<string, number>> = {
  א: 0.3,
  ב: 0.5,
  ג: 0.3,
  ד: 0.4,
  ה: 0.3,
  ו: 0.25,
  ז: 0.3,
  ח: 0.4,
  ט: 0.4,
  י: 0.25,
  כ: 0.4,
  ל: 0.3,
  מ: 1,
  נ: 1,
  ס: 0.4,
  ע: 0.2,
  פ: 1,
  צ: 0.4,
  ק: 0.4,
  ר: 0.2,
  ש: 0.7,
  ת: 0.3,
};

/** Units hold regular letters א..ת (U+05D0..U+05EA); finals are mapped to regular forms. */
const FIRST = 0x5d0;
const LETTER_COUNT = 27;

/** The floors by code point offset from א; other letters (final forms never occur in units) cost 0. */
const FLOORS = (() => {
  const table = new Float64Array(LETTER_COUNT);
  for (const [letter, floor] of Object.entries(LETTER_FLOORS)) table[letter.charCodeAt(0) - FIRST] = floor;
  return table;
})();

/** Float arithmetic in the distance may round a sum of costs a hair below its exact value. */
const EPSILON = 1e-9;

/** Which of the letters א..ת occur, or -1 when a unit is another letter (Yiddish ligatures װ ױ ײ). */
function letterMask(units: readonly Unit[]): number {
  let mask = 0;
  for (const u of units) {
    const index = u.letter.charCodeAt(0) - FIRST;
    if (index < 0 || index >= LETTER_COUNT) return -1;
    mask |= 1 << index;
  }
  return mask;
}

/** The least cost of removing the letters of `units` that `otherMask` lacks. */
function missingCost(units: readonly Unit[], otherMask: number): number {
  let cost = 0;
  for (const u of units) {
    const index = u.letter.charCodeAt(0) - FIRST;
    if ((otherMask & (1 << index)) === 0) cost += FLOORS[index] as number;
  }
  return cost;
}

/**
 * False only when `a` and `b` cannot be variants (areVariants would be null; with `room`, areNameVariants'
 * Far pairs); true leaves the answer
 * to the distance. A swap removes a letter from both spellings at once, so the bound is the larger
 * side's cost, not the sum; the article's cost only adds to the distance and is left out.
 */
export function mayBeVariants(a: ParsedName, b: ParsedName, room = 0): boolean {
  const maskA = letterMask(a.units);
  const maskB = letterMask(b.units);
  if (maskA === maskB || maskA < 0 || maskB < 0) return true;
  const bound = Math.max(missingCost(a.units, maskB), missingCost(b.units, maskA));
  return bound <= variantThreshold(a, b) + room + EPSILON;
}
