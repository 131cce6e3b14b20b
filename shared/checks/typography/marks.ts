// Finds where a paragraph uses a Hebrew punctuation mark — gershayim ״, geresh ׳, maqaf ־ — and whether
// it was typed with the proper mark or with a keyboard look-alike (" ' - and smart quotes). HEBREW.md §5:
// Hebrew keyboards type ASCII " and ' for both quotation marks and gershayim/geresh, and "-" for the
// maqaf, so the role of each character is decided from its neighbours, not from the character.
import { GERESH, GERSHAYIM, MAQAF, isHebrewLetterCode } from '../../hebrew/letters';
import { isPrefix } from '../../hebrew/prefixes';
import { opensQuote } from '../../hebrew/tokenize';
import { scannerOf } from './code-scan';

export type MarkRole = 'gershayim' | 'geresh' | 'maqaf';

export interface MarkUse {
  readonly role: MarkRole;
  readonly start: number;
  readonly end: number;
  /** True when a look-alike was typed instead of the Hebrew mark. */
  readonly typed: boolean;
}

export const properMark: Readonly<Record<MarkRole, string>> = {
  gershayim: GERSHAYIM,
  geresh: GERESH,
  maqaf: MAQAF,
};

/** Letters a geresh modifies inside a word: ג׳ ז׳ צ׳ (Hebrew sounds) and ח׳ ע׳ ר׳ ת׳ ד׳ ט׳ (Arabic, HEBREW.md §6 rows 5–8, 14). */
const GERESH_LETTERS = new Set('גזצץחערתדט');

const isLetterAt = (text: string, i: number) =>
  i >= 0 && i < text.length && isHebrewLetterCode(text.charCodeAt(i));
const isDigitOrLatinAt = (text: string, i: number) => /[0-9\p{Script=Latin}]/u.test(text[i] ?? '');

function wordStartBefore(text: string, i: number): number {
  let start = i;
  while (isLetterAt(text, start - 1)) start--;
  return start;
}

function lettersAfter(text: string, i: number): number {
  let n = 0;
  while (isLetterAt(text, i + n)) n++;
  return n;
}

/** "ב", "וב", "שמה": the whole word so far is a prefix (shared/hebrew/prefixes), so what follows is a separate unit. */
function isPrefixOnly(text: string, from: number, to: number): boolean {
  return to > from && isPrefix(text.slice(from, to));
}

const DOUBLE_QUOTES = new Set(['"', '\u201C', '\u201D', GERSHAYIM]);
const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019', '`', GERESH]);
const HYPHENS = new Set(['-', '\u2010', '\u2011', MAQAF]);
const DASHES = new Set(['\u2013', '\u2014']);

/** Is there a later closing double quote (after a letter, before a non-letter) in the paragraph? */
function closesLater(text: string, from: number): boolean {
  for (let j = from; j < text.length; j++) {
    if (DOUBLE_QUOTES.has(text[j] as string) && isLetterAt(text, j - 1) && !isLetterAt(text, j + 1))
      return true;
  }
  return false;
}

/** How many characters the gershayim at `i` takes (a '' pair takes two), or 0 when there is none. */
function gershayimWidth(text: string, i: number): number {
  const pair = text[i] === "'" && text[i + 1] === "'";
  const width = pair ? 2 : 1;
  if (!pair && !DOUBLE_QUOTES.has(text[i] as string)) return 0;
  if (!isLetterAt(text, i - 1) || !isLetterAt(text, i + width)) return 0;
  // ל"רכבי טרור": a prefix before an opening quotation mark, not an acronym (ש"ח and ח"כ have one letter after).
  const start = wordStartBefore(text, i);
  if (isPrefixOnly(text, start, i) && lettersAfter(text, i + width) >= 2 && closesLater(text, i + width + 2))
    return 0;
  return width;
}

function gershayimAt(text: string, i: number): MarkUse | undefined {
  const width = gershayimWidth(text, i);
  return width === 0
    ? undefined
    : { role: 'gershayim', start: i, end: i + width, typed: text[i] !== GERSHAYIM };
}

/**
 * Whether findMarkUses would report a gershayim starting at the double quotation mark at `i`, without
 * scanning the paragraph: no use found before a double quotation mark can cover it (a use ends one past
 * its start, or two past a '' pair, whose second character is a single quote), so the answer depends
 * on the mark's neighbours only. The typography check asks this for each double quotation mark.
 */
export function isGershayimAt(text: string, i: number): boolean {
  return gershayimWidth(text, i) > 0;
}

function gereshAt(text: string, i: number, openSingleQuotes: { count: number }): MarkUse | undefined {
  const ch = text[i] as string;
  if (!SINGLE_QUOTES.has(ch)) return undefined;
  if (!isLetterAt(text, i - 1)) {
    // An opening single quotation mark: remembered so that its closing partner is not taken for a geresh.
    if (ch !== GERESH && isLetterAt(text, i + 1)) openSingleQuotes.count++;
    return undefined;
  }
  if (isLetterAt(text, i + 1)) {
    if (GERESH_LETTERS.has(text[i - 1] as string))
      return { role: 'geresh', start: i, end: i + 1, typed: ch !== GERESH };
    // After one or two prefix letters, a quotation opens (ה'רשות הפלסטינית'; the Academy keeps the
    // prefix outside the quote): its closing partner is no geresh either.
    if (ch !== GERESH && opensQuote(text, i)) openSingleQuotes.count++;
    return undefined;
  }
  // At the end of a word: an abbreviation (גב׳, מס׳), a numeral (ה׳) or a sound (שיח׳), unless it closes a quotation.
  if (ch !== GERESH && openSingleQuotes.count > 0) {
    openSingleQuotes.count--;
    return undefined;
  }
  return { role: 'geresh', start: i, end: i + 1, typed: ch !== GERESH };
}

function maqafAt(text: string, i: number): MarkUse | undefined {
  const ch = text[i] as string;
  const hyphen = HYPHENS.has(ch);
  if (!hyphen && !DASHES.has(ch)) return undefined;
  if (!isLetterAt(text, i - 1)) return undefined;
  const typed = ch !== MAQAF;
  if (isLetterAt(text, i + 1)) return { role: 'maqaf', start: i, end: i + 1, typed };
  // ב-2014, כ-280,000, ה-PDF: a prefix joined to a number or Latin word (HEBREW.md §4, MediaWiki ב־2024).
  if (hyphen && isDigitOrLatinAt(text, i + 1) && isPrefixOnly(text, wordStartBefore(text, i), i)) {
    return { role: 'maqaf', start: i, end: i + 1, typed };
  }
  return undefined;
}

/**
 * The characters that can play one of the three roles; everything else is skipped by the scanner
 * (code-scan.ts), which makes no match objects: every paragraph is scanned, and a regular expression's
 * match objects were once most of this check's garbage.
 */
const CANDIDATES = scannerOf(
  (() => {
    const table = new Uint8Array(65536);
    for (const c of '"\'`\u2018\u2019\u201C\u201D\u05F3\u05F4\u05BE\u2010\u2011\u2013\u2014-')
      table[c.charCodeAt(0)] = 1;
    return table;
  })(),
);

/** Every gershayim, geresh and maqaf use in the paragraph, in order. */
export function findMarkUses(text: string): MarkUse[] {
  const uses: MarkUse[] = [];
  const openSingleQuotes = { count: 0 };
  let next = 0;
  CANDIDATES.lastIndex = 0;
  while (CANDIDATES.test(text)) {
    const i = CANDIDATES.lastIndex - 1;
    if (i < next) continue;
    const use = gershayimAt(text, i) ?? gereshAt(text, i, openSingleQuotes) ?? maqafAt(text, i);
    if (!use) continue;
    uses.push(use);
    next = use.end;
  }
  return uses;
}
