// Word tokenizer with exact UTF-16 ranges. A token is a Hebrew word (with internal geresh ח'אן, a
// final geresh after a letter that takes one שיח', internal gershayim צה"ל), a maqaf compound
// (א-שאם, אנטי-ממשלתיים, ב-2014), a Latin word, or a number (280,000; 1.5). Niqqud and invisible
// controls inside a word belong to it; the token's `norm` is its comparison form (HEBREW.md §5).
import {
  GERESH,
  GERSHAYIM,
  MAQAF,
  isGereshLikeCode,
  isGershayimLikeCode,
  isHebrewLetterCode,
  isInvisibleCode,
  isMaqafLikeCode,
  isNiqqudCode,
} from './letters';

export type TokenKind = 'hebrew' | 'latin' | 'number' | 'mixed';

export interface Token {
  readonly start: number;
  readonly end: number;
  /** The original characters [start, end). */
  readonly text: string;
  /** Comparison form: no niqqud or invisible controls; ׳ ״ ־ for geresh, gershayim and maqaf. */
  readonly norm: string;
  readonly kind: TokenKind;
}

// Character classes as bits, so a token's kind is the OR of its letters' classes.
const HEBREW = 1;
const LATIN = 2;
const DIGIT = 4;
const MARK = 8;
const WORD = HEBREW | LATIN | DIGIT;

/** Class of every UTF-16 code unit, computed once: the tokenizer runs over millions of characters. */
const CLASS = (() => {
  const table = new Uint8Array(65536);
  for (let code = 0; code < 65536; code++) {
    if (isHebrewLetterCode(code)) table[code] = HEBREW;
    else if (code >= 0x30 && code <= 0x39) table[code] = DIGIT;
    else if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) table[code] = LATIN;
    else if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) table[code] = LATIN;
    else if (isNiqqudCode(code) || isInvisibleCode(code)) table[code] = MARK;
  }
  return table;
})();

/**
 * Characters that may continue a word after its letters (geresh, gershayim, maqaf forms; , and . inside
 * numbers). Any other character ends the word at once, so the common case (a space) costs one lookup.
 */
const JOINERS = (() => {
  const table = new Uint8Array(65536);
  for (let code = 0; code < 65536; code++)
    if (
      isGereshLikeCode(code) ||
      isGershayimLikeCode(code) ||
      isMaqafLikeCode(code) ||
      code === 0x2c ||
      code === 0x2e
    )
      table[code] = 1;
  return table;
})();

function classOf(code: number): number {
  return CLASS[code] as number;
}

/** Letters after which a word-final geresh is a transcription mark (ג׳ ז׳ צ׳ ח׳ ע׳ ר׳ ת׳ ד׳ ט׳), not a closing quote. */
const GERESH_TAKERS = new Set('גזצץחערתדט'.split('').map((c) => c.charCodeAt(0)));

/**
 * True when a character next to a Hebrew letter is never part of that letter's token: not a letter,
 * digit, mark or joiner (a period or comma joins digits only). A run of Hebrew letters between two such
 * characters (or the text's edges) is a token of its own, with itself as its comparison form.
 */
export function separatesWords(code: number): boolean {
  const c = classOf(code);
  return (c & WORD) === 0 && c !== MARK && (JOINERS[code] === 0 || code === 0x2c || code === 0x2e);
}

/**
 * Where the token starting at `start` ends when it is a number, maybe after Hebrew letters (1500,
 * 280,000, ב1500): digits, with a comma or period only between two digits, then a character that
 * separates words or the end of the text. -1 for anything else (a mark, a joiner, a letter after the
 * digits), which only readToken can read. A token found here goes on at its end (its `next`).
 */
export function numberTokenEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  while (i < n && classOf(text.charCodeAt(i)) === HEBREW) i++;
  if (i === n || classOf(text.charCodeAt(i)) !== DIGIT) return -1;
  for (;;) {
    while (i < n && classOf(text.charCodeAt(i)) === DIGIT) i++;
    if (i === n) return i;
    const code = text.charCodeAt(i);
    if (code !== 0x2c && code !== 0x2e) return separatesWords(code) ? i : -1;
    // 280,000 and 1.5 are one number; a mark after the comma may hide a digit behind it.
    const after = i + 1 < n ? classOf(text.charCodeAt(i + 1)) : 0;
    if (after === MARK) return -1;
    if (after !== DIGIT) return i;
    i++;
  }
}

/** Index of the next character that is not a mark, from `index`. */
function skipMarks(text: string, index: number): number {
  let i = index;
  while (i < text.length && classOf(text.charCodeAt(i)) === MARK) i++;
  return i;
}

const PREFIX_LETTERS = new Set('ובכלמהש'.split('').map((c) => c.charCodeAt(0)));

/**
 * A quote inside a word opens a quotation when it follows one or two prefix letters (opensQuote) and a
 * word of three or more letters follows it (ל"רכבי טרור", ו"תפרס", ה'רשות'): the Academy keeps the
 * prefix outside the quote (HEBREW.md §4). Acronyms put gershayim before their last letter (צה"ל, ק"מ, ש"ח), and no prefix letter takes a
 * geresh (ג'ורג' starts with ג), so they never match this.
 */
function opensQuotation(text: string, quote: number, after: number): boolean {
  if (!opensQuote(text, quote)) return false;
  let letters = 0;
  for (let k = after; k < text.length && isHebrewLetterCode(text.charCodeAt(k)); k++) letters++;
  return letters >= 3;
}

/**
 * ג׳ ז׳ צ׳ (j, zh, ch) are sounds Hebrew writes no other way, so a word ending in one keeps its geresh
 * even inside a quotation ('המועצה הצבאית של מנבג'", Manbij); the geresh of ח׳ ע׳ ר׳ ת׳ ד׳ ט׳ marks an
 * Arabic distinction that writers often leave out, so there a quotation decides.
 */
const OWN_SOUND = new Set('גזצץ'.split('').map((c) => c.charCodeAt(0)));

/**
 * The word is quoted alone: the mark right before it opened a quotation, so the same mark right after
 * it closes that quotation, even after ג ז צ (ל'מרצ', Meretz; ב‘מנבג’). Not when the same mark closes
 * a word later in the sentence: then the quotation goes on and this mark is the geresh ('ג'ורג' בוש').
 */
function quotedAlone(text: string, wordStart: number, mark: number, closing: number): boolean {
  const opening = text.charCodeAt(wordStart - 1);
  const pairs = opening === closing || (opening === 0x2018 && closing === 0x2019);
  return pairs && opensQuote(text, wordStart - 1) && !closedLater(text, mark + 1, closing);
}

/**
 * The same quote mark closes a word later in the sentence (before . ! ? or a line end, and before
 * another quotation opens): after a letter and before no letter.
 */
function closedLater(text: string, from: number, closing: number): boolean {
  const limit = Math.min(text.length, from + QUOTATION_REACH);
  for (let k = from; k < limit; k++) {
    const code = text.charCodeAt(k);
    if (endsSentence(code)) return false;
    // A quotation that opens first owns the next closing mark (ב'מנבג' ואז ב'חלב').
    if (isGereshLikeCode(code) && opensQuote(text, k)) return false;
    if (
      code === closing &&
      k > from &&
      isHebrewLetterCode(text.charCodeAt(k - 1)) &&
      !isHebrewLetterCode(text.charCodeAt(k + 1))
    )
      return true;
  }
  return false;
}

/** . ! ? or a line end: where a quotation's reach stops. */
function endsSentence(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a;
}

/** How far back a closing quote mark looks for the one that opened it: about a sentence. */
const QUOTATION_REACH = 200;

/**
 * A mark after a word's last letter closes a quotation when the nearest quote mark before the word, in
 * the same sentence, opened one ('סוּר באהֶר', ה'רשות הפלסטינית', ‘סילבסטר’). A word-final geresh (ג׳ ר׳
 * ת׳ …) looks the same; only the quotation around it tells them apart.
 */
function closesQuotation(text: string, wordStart: number): boolean {
  const limit = Math.max(0, wordStart - QUOTATION_REACH);
  for (let k = wordStart - 1; k >= limit; k--) {
    const code = text.charCodeAt(k);
    if (endsSentence(code)) return false;
    if (isGereshLikeCode(code)) return opensQuote(text, k);
  }
  return false;
}

/**
 * A quote mark at `k` opens a quotation: a letter follows, and before it stands the start of a word or
 * one or two prefix letters that start one (ה'רשות). A geresh follows its letter inside a word (ג'ורג').
 * The typography check asks this too, so a quotation's closing mark is not taken for a geresh.
 */
export function opensQuote(text: string, k: number): boolean {
  const next = skipMarks(text, k + 1);
  if (next >= text.length || !isHebrewLetterCode(text.charCodeAt(next))) return false;
  let j = k - 1;
  while (j >= 0 && j >= k - 2 && PREFIX_LETTERS.has(text.charCodeAt(j))) j--;
  return j < 0 || ((classOf(text.charCodeAt(j)) & WORD) === 0 && classOf(text.charCodeAt(j)) !== MARK);
}

/** Does a token start at this character (a letter or digit of any script the tokenizer knows)? */
export function startsToken(code: number): boolean {
  return (classOf(code) & WORD) !== 0;
}

export function tokenize(text: string): Token[] {
  return tokensFrom(text, 0, Infinity);
}

/** Up to `count` tokens of `text`, read from `start` (which must not be inside a token). */
export function tokensFrom(text: string, start: number, count: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  const n = text.length;
  while (i < n && tokens.length < count) {
    if ((classOf(text.charCodeAt(i)) & WORD) === 0) {
      i++;
      continue;
    }
    const token = readToken(text, i);
    tokens.push(token);
    i = token.next;
  }
  return tokens;
}

/** A token and where scanning goes on after it (past its end when a trailing joiner was looked at). */
export interface ReadToken extends Token {
  readonly next: number;
}

/**
 * The token starting at `start`, which must be a character startsToken accepts and must not be inside
 * a token (tokenize calls it after the previous token's `next`, skipping what starts no token).
 */
export function readToken(text: string, start: number): ReadToken {
  const n = text.length;
  let i = start;
  let norm = '';
  let plainUntil = i; // text[start, plainUntil) can be copied into norm unchanged
  let classes = 0;
  let lastWordCode = 0;
  let end = i;
  while (i < n) {
    const code = text.charCodeAt(i);
    const c = classOf(code);
    if ((c & WORD) !== 0) {
      classes |= c;
      lastWordCode = code;
      i++;
      end = i;
      continue;
    }
    if (c === MARK) {
      // Niqqud belongs to the letter before it; invisible controls are kept only inside the word.
      const next = skipMarks(text, i);
      const nextCls = next < n ? classOf(text.charCodeAt(next)) : 0;
      norm += text.slice(plainUntil, i);
      for (let k = i; k < next; k++) if (isNiqqudCode(text.charCodeAt(k))) end = k + 1;
      if ((nextCls & WORD) !== 0) end = next;
      i = next;
      plainUntil = i;
      continue;
    }
    if (JOINERS[code] === 0) break;
    const lastHebrew = classOf(lastWordCode) === HEBREW;
    const after = skipMarks(text, i + 1);
    const afterCls = after < n ? classOf(text.charCodeAt(after)) : 0;
    if (code === 0x27 && text.charCodeAt(i + 1) === 0x27 && lastHebrew) {
      const after2 = skipMarks(text, i + 2);
      if (after2 < n && isHebrewLetterCode(text.charCodeAt(after2))) {
        norm += text.slice(plainUntil, i);
        norm += GERSHAYIM;
        i += 2;
        plainUntil = i;
        continue;
      }
    }
    if (isGershayimLikeCode(code) && lastHebrew && afterCls === HEBREW && !opensQuotation(text, i, after)) {
      norm += text.slice(plainUntil, i);
      norm += GERSHAYIM;
      i++;
      plainUntil = i;
      continue;
    }
    if (
      isGereshLikeCode(code) &&
      lastHebrew &&
      ((afterCls === HEBREW && !opensQuotation(text, i, after)) ||
        (GERESH_TAKERS.has(lastWordCode) &&
          (OWN_SOUND.has(lastWordCode) ? !quotedAlone(text, start, i, code) : !closesQuotation(text, start))))
    ) {
      // A geresh directly after a closing one-letter-word or before another word still belongs here:
      // ג'ורג', שיח' אל-…; a quote mark after other letters closes a quotation instead.
      norm += text.slice(plainUntil, i);
      norm += GERESH;
      i++;
      end = i;
      plainUntil = i;
      continue;
    }
    if (isMaqafLikeCode(code) && (afterCls & WORD) !== 0) {
      norm += text.slice(plainUntil, i);
      norm += MAQAF;
      i++;
      plainUntil = i;
      continue;
    }
    if (
      (code === 0x2c || code === 0x2e) &&
      lastWordCode >= 0x30 &&
      lastWordCode <= 0x39 &&
      afterCls === DIGIT
    ) {
      i++; // 280,000 and 1.5 are one number
      continue;
    }
    break;
  }
  norm += text.slice(plainUntil, Math.min(i, end));
  const kind: TokenKind =
    classes === HEBREW ? 'hebrew' : classes === LATIN ? 'latin' : classes === DIGIT ? 'number' : 'mixed';
  // Nothing was normalised (the common case): the comparison form is the original text, one string.
  const original = plainUntil === start ? norm : text.slice(start, end);
  return { start, end, text: original, norm, kind, next: Math.max(i, end) };
}
