// Hebrew letters and the marks that travel with them. Code points from the Unicode Hebrew block
// (U+0590–U+05FF); roles of geresh/gershayim/maqaf per HEBREW.md §5.

export const GERESH = '\u05F3';
export const GERSHAYIM = '\u05F4';
export const MAQAF = '\u05BE';

const REGULAR_TO_FINAL: Readonly<Record<string, string>> = { כ: 'ך', מ: 'ם', נ: 'ן', פ: 'ף', צ: 'ץ' };

/** א..ת including final forms, and the Yiddish ligatures U+05F0–U+05F2 (they spell letters too). */
export function isHebrewLetterCode(code: number): boolean {
  return (code >= 0x05d0 && code <= 0x05ea) || (code >= 0x05f0 && code <= 0x05f2);
}

export function isHebrewLetter(char: string): boolean {
  return char.length === 1 && isHebrewLetterCode(char.charCodeAt(0));
}

/**
 * Niqqud and cantillation: invisible for comparison. U+05BE maqaf, U+05C0 paseq, U+05C3 sof pasuq and
 * U+05C6 nun hafukha are punctuation, and U+059C/U+059E (accent geresh/gershayim) are read as the
 * punctuation they are mistaken for (HEBREW.md §5), so none of those count here.
 */
export function isNiqqudCode(code: number): boolean {
  if (code < 0x0591 || code > 0x05c7) return false;
  return (
    code !== 0x05be &&
    code !== 0x05c0 &&
    code !== 0x05c3 &&
    code !== 0x05c6 &&
    code !== 0x059c &&
    code !== 0x059e
  );
}

/** Bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates), zero-width joiners, BOM, soft hyphen. */
export function isInvisibleCode(code: number): boolean {
  return (
    code === 0x200e ||
    code === 0x200f ||
    code === 0x061c ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    (code >= 0x200b && code <= 0x200d) ||
    code === 0xfeff ||
    code === 0x00ad
  );
}

/** Characters typed for a geresh: ' ’ ‘ ` ´ ׳ and the accent U+059C. */
export function isGereshLikeCode(code: number): boolean {
  return (
    code === 0x27 ||
    code === 0x2019 ||
    code === 0x2018 ||
    code === 0x60 ||
    code === 0xb4 ||
    code === 0x05f3 ||
    code === 0x059c
  );
}

/** Characters typed for gershayim: " ” “ ״ and the accent U+059E (the pair '' is handled by callers). */
export function isGershayimLikeCode(code: number): boolean {
  return code === 0x22 || code === 0x201d || code === 0x201c || code === 0x05f4 || code === 0x059e;
}

/** Characters typed for a maqaf: ־ - ‐ ‑ – — and the minus sign. */
export function isMaqafLikeCode(code: number): boolean {
  return (
    code === 0x05be ||
    code === 0x2d ||
    code === 0x2010 ||
    code === 0x2011 ||
    code === 0x2013 ||
    code === 0x2014 ||
    code === 0x2212
  );
}

export function toRegularForm(letter: string): string {
  return letter.length === 1 && isFinalCode(letter.charCodeAt(0))
    ? String.fromCharCode(letter.charCodeAt(0) + 1)
    : letter;
}

export function isFinalForm(letter: string): boolean {
  return letter.length === 1 && isFinalCode(letter.charCodeAt(0));
}

/** ך ם ן ף ץ: each final form's code point is one below its regular form's (Unicode Hebrew block). */
function isFinalCode(code: number): boolean {
  return code === 0x5da || code === 0x5dd || code === 0x5df || code === 0x5e3 || code === 0x5e5;
}

/**
 * A final form followed by a letter (נוצריםשהם): Hebrew writes one only at a word's end, so the word is
 * two typed without a space (glued-words.ts reports it), not a spelling of anything.
 */
export function hasFinalInside(word: string): boolean {
  for (let i = 0; i + 1 < word.length; i++)
    if (isFinalCode(word.charCodeAt(i)) && isHebrewLetterCode(word.charCodeAt(i + 1))) return true;
  return false;
}

/**
 * Final forms everywhere replaced by regular ones: the letter identity without its position. Runs on
 * every word of every check, so it works on code units and returns the word itself when it has no
 * final form inside (the common case: at most one final letter, at the end).
 */
export function regularizeFinals(word: string): string {
  let first = -1;
  for (let i = 0; i < word.length; i++)
    if (isFinalCode(word.charCodeAt(i))) {
      first = i;
      break;
    }
  if (first < 0) return word;
  let out = word.slice(0, first);
  for (let i = first; i < word.length; i++) {
    const code = word.charCodeAt(i);
    out += isFinalCode(code) ? String.fromCharCode(code + 1) : word[i];
  }
  return out;
}

/** Writes a word with the final form at its end and regular forms inside (after a prefix change, a split …). */
export function withFinalForm(word: string): string {
  if (word === '') return word;
  const inner = regularizeFinals(word.slice(0, -1));
  const last = word.slice(-1);
  return inner + (REGULAR_TO_FINAL[toRegularForm(last)] ?? toRegularForm(last));
}
