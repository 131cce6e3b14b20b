// Whether a word one slip from a name's spelling is that spelling mistyped, for typing-slips.ts: how
// often each is written, how long the slip is, which letters moved, and whether the right spelling is
// a name the built-in tables know.
import { VAV_YOD } from '../../hebrew/variants';
import type { NameDocument, StemUse } from './stem-use';
import { isKnownNameForm } from './known-name-forms';
import { looksHebrew } from './hebrew-families';
import { letterCount } from './slip-repairs';
import { MIN_TIED_LETTERS, writtenAfter } from './tied-slips';

/**
 * The fewest letters of a slip: shorter words are one slip away from too many others. A four-letter slip
 * needs the shared name word (יויס / יוסי אבוקסיס): written once beside a clear majority alone, it made
 * Hebrew words of names (סודאן / סואן, מחזור / מזור).
 */
export const MIN_SLIP_LETTERS = 5;
export const SHORT_SLIP_LETTERS = 4;

/** How often a printed name is written for a slip of one key beside it to be beyond doubt (beyondDoubt). */
const OVERWHELMING = 5;

/**
 * `right` is the spelling `slip` was meant to be: more used than the slip, or seen in print, or a name
 * the built-in tables know written as often as a spelling they do not (ארדואן twice, ארודאן twice).
 */
export function outweighs(right: StemUse, slip: StemUse): boolean {
  if (right.info.seenOnly === true || (right.count > slip.count && right.count >= 2)) return true;
  return right.count === slip.count && isKnownNameForm(right.info.stem) && !isKnownNameForm(slip.info.stem);
}

/**
 * A possible slip: a word no list knows, read as its stem or, where the checker found no prefix on it
 * (a slip's stem is never seen alone to attest one), as a prefix and the rest (ופלטנקר = ו + פלטנקר).
 */
export interface SlipReading {
  readonly use: StemUse;
  readonly stem: string;
  readonly prefix: string;
  readonly articleRestored?: boolean;
}

/**
 * How a slip differs from its right spelling; 'vowel': a ו or י added or left out; 'stray': a letter
 * after a final form; 'substituted': a letter typed with the key beside its own; 'trailing': a
 * consonant typed past a name's end (slip-repairs.ts).
 */
export type Slip = 'swap' | 'added' | 'dropped' | 'vowel' | 'stray' | 'substituted' | 'trailing';

/** How often the right spelling is written for a slip to need no shared name word. */
const CLEAR_MAJORITY = 3;

/**
 * A slip this long is one slip from no other word a document is likely to hold, so a right spelling
 * written twice is majority enough (לבנדובסקי ×2 / לבנדובקי). Seven letters still meet Hebrew words the
 * lists lack (קנצלרית / קנלצרית, a slip too, but of an ordinary word).
 */
const LONG_SLIP_LETTERS = 8;

/**
 * A consonant left out of a spelling of eight letters (ארגטינה of ארגנטינה, written twice): seven
 * letters left are one slip from no Hebrew word, as a slip of eight is.
 */
const LONG_DROPPED_LETTERS = 7;

/**
 * A slip needs no shared name word beside it when it is written once beside a spelling written three
 * times or more (twice for a long slip), and is two letters swapped (אלטמן / אטלמן), not ו or י, or a
 * consonant left out (ארגנטינה / ארגטינה). A ו or י swapped with its neighbour relates Hebrew forms
 * (מתוכננת / מתכוננת, ששיחק / שישחק), so it is a slip only of a spelling no list knows, of six letters
 * or more and before its last letter (איקרית / איקירת); a consonant added makes Hebrew words of names
 * (גולן / גודלן, חיפה / חליפה). A ו or י added or left out is a slip only in a long slip beside three
 * (קפריסין / קפיריסין): shorter, it relates Hebrew spellings (ktiv male).
 */
export function beyondDoubt(slip: SlipReading, right: StemUse, kind: Slip): boolean {
  const long =
    letterCount(slip.stem) >= LONG_SLIP_LETTERS ||
    (kind === 'dropped' && letterCount(slip.stem) >= LONG_DROPPED_LETTERS);
  // A name the tables know is a name: written more often than a word no list knows one slip from it
  // (outweighs), it is what was meant, a ו or י moved or added too (ארודאן / ארדואן, נורוויגית /
  // נורווגית), whose other slips a Hebrew form could explain.
  // A key beside the right one gives a Hebrew word's other inflection as readily as a slip (סימני /
  // סימנו, השיגה / השיבה): one name only beside a shared name word (QA-CHECKS.md fix 154).
  // But a printed name written many times (טראמפ) beside a word no list knows, written once and one
  // consonant key from it (טראמם), is the name mistyped: a ו or י for another letter still makes a
  // Hebrew form (חסידות / חסידית), so those are left alone.
  if (kind === 'substituted') {
    const at = firstDifference(slip.stem, right.info.stem);
    return (
      slip.use.count === 1 &&
      right.count >= OVERWHELMING &&
      (right.info.seenOnly === true || isKnownNameForm(right.info.stem)) &&
      !VAV_YOD.has(slip.stem[at] as string) &&
      !VAV_YOD.has(right.info.stem[at] as string)
    );
  }
  // Two letters swapped at a word's end make a Hebrew suffix of a name as readily as a slip (צידנו,
  // "beside us", of צידון; פלסטיין of פלסטיני): a known name's swap counts before its last letter only.
  if (isKnownNameForm(right.info.stem)) return kind !== 'swap' || swapBeforeLast(slip.stem, right.info.stem);
  // A final form inside a word is no Hebrew spelling: what came before it is what was meant.
  if (kind === 'stray') return true;
  if (kind === 'vowel')
    return (
      letterCount(slip.stem) >= LONG_SLIP_LETTERS && slip.use.count === 1 && right.count >= CLEAR_MAJORITY
    );
  const majority = long ? 2 : CLEAR_MAJORITY;
  if (slip.use.count !== 1 || right.count < majority) return false;
  // Shorter than a long slip, not of a word only the news list knows, which holds ordinary Hebrew: a
  // consonant left out of one makes another Hebrew word (המסגרת / הסגרת, "the framework" /
  // "extradition of"); seven letters left are one slip from no Hebrew word (אברמוביץ / אבמוביץ).
  if (kind === 'dropped') return long || right.info.seenOnly !== true;
  // Eight letters or more are one slip from no Hebrew form, a ו or י moved too (אפגנסיטן / אפגניסטן).
  return (
    kind === 'swap' &&
    (letterCount(slip.stem) >= LONG_SLIP_LETTERS ||
      swapsNoVavOrYod(slip.stem, right.info.stem) ||
      (letterCount(slip.stem) >= VOWEL_SWAP_LETTERS &&
        !right.info.common &&
        swapBeforeLast(slip.stem, right.info.stem)))
  );
}

/**
 * A ו or י swapped with its neighbour in a name of this many letters, written once beside a spelling no
 * list knows written three times (איקרית ×3 / איקירת): the Hebrew forms such a swap relates
 * (מתוכננת / מתכוננת) are words the lists know, or are made at a word's end.
 */
const VOWEL_SWAP_LETTERS = 6;

/**
 * The swapped letters stand before the word's last: a swap there is a possessive or a plural as often as
 * a slip (פנטזיות / פנטזיתו, "fantasies" / "his fantasy").
 */
function swapBeforeLast(a: string, b: string): boolean {
  const i = firstDifference(a, b);
  return i >= 0 && i + 1 < a.length - 1;
}

/** Where two spellings of one length first differ; -1 where they do not. */
export function firstDifference(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

/**
 * Two consonants swapped between two words no list knows, written as often as each other: the one
 * written later is reported as another spelling of the first (tied-slips.ts).
 */
export function tiedSwap(slip: SlipReading, right: StemUse, kind: Slip, doc: NameDocument): boolean {
  return (
    kind === 'swap' &&
    right.count === slip.use.count &&
    !right.info.common &&
    letterCount(slip.stem) >= MIN_TIED_LETTERS &&
    swapsNoVavOrYod(slip.stem, right.info.stem) &&
    // Two words of a Hebrew verb's or plural's shape (התפרק / התרפק, "fell apart" and "cuddled") are two
    // words the lexicon lacks, not one name written twice.
    !(looksHebrew(slip.stem) && looksHebrew(right.info.stem)) &&
    writtenAfter(doc, slip.use, right)
  );
}

/**
 * Neither swapped letter is ו or י: those moved across a neighbour relate Hebrew forms (מתוכננת /
 * מתכוננת); an א swapped with a consonant is a slip like any other (בלאנקוס / בלנאקוס).
 */
function swapsNoVavOrYod(a: string, b: string): boolean {
  const i = firstDifference(a, b);
  return i >= 0 && !VAV_YOD.has(a[i] as string) && !VAV_YOD.has(b[i] as string);
}
