// A prefilter for glossary lookups: attached prefixes change the start of a Hebrew word, never its end,
// so a word can only be a (prefixed) glossary spelling if its last three letters are those of one.
// Tails are numbers (three letters, 27 values each) in a bitmap, and the paragraph is scanned by
// character code without allocating: the check runs over every word of a million-word document.

import { separatesWords } from '../../hebrew/tokenize';
import { isInvisibleCode } from '../../hebrew/letters';

const LETTERS = 27; // א..ת with final forms folded into regular ones
/** How many three-letter tails there are. */
const TAILS = LETTERS ** 3;

/**
 * 0..26 for a Hebrew letter, -1 otherwise. A final form (ך ם ן ף ץ, one code point below its regular
 * form) counts as the regular letter.
 */
function letterIndex(code: number): number {
  if (code < 0x5d0 || code > 0x5ea) return -1;
  const final = code === 0x5da || code === 0x5dd || code === 0x5df || code === 0x5e3 || code === 0x5e5;
  return code - 0x5d0 + (final ? 1 : 0);
}

/** Geresh and gershayim in their typed forms: inside a word, not a boundary. */
function isMark(code: number): boolean {
  return (
    code === 0x27 ||
    code === 0x22 ||
    code === 0x60 ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x5f3 ||
    code === 0x5f4
  );
}

export type WordTails = Uint8Array;

/** The tail key of a word's last three letters, or -1 when it has fewer. */
export function tailKey(word: string): number {
  let key = 0;
  let weight = 1; // LETTERS ** (letters found so far)
  for (let i = word.length - 1; i >= 0 && weight < TAILS; i--) {
    const letter = letterIndex(word.charCodeAt(i));
    if (letter < 0) continue;
    key += letter * weight;
    weight *= LETTERS;
  }
  return weight === TAILS ? key : -1;
}

/** The bitmap of the given words' tails, or null when one is shorter than three letters. */
export function wordTails(words: readonly string[]): WordTails | null {
  const tails = new Uint8Array(TAILS);
  for (const word of words) {
    const key = tailKey(word);
    if (key < 0) return null;
    tails[key] = 1;
  }
  return tails;
}

export function hasTail(tails: WordTails, word: string): boolean {
  const key = tailKey(word);
  return key >= 0 && tails[key] === 1;
}

/**
 * Does any word of `text` end like one of the words? Niqqud and invisible controls hide letters from
 * this scan: a paragraph with either answers yes. With `isCandidate`, a word that ends like one is asked
 * about further when it is a plain word (Hebrew letters only, a token of its own: separatesWords on both
 * sides): the answer is yes only if `isCandidate(start, end)` says so. Any other word ending like one
 * answers yes.
 */
export function anyWordWithTail(
  tails: WordTails,
  text: string,
  isCandidate?: (start: number, end: number) => boolean,
): boolean {
  return !visitPlainWordsWithTail(tails, text, (start, end) =>
    isCandidate ? !isCandidate(start, end) : false,
  );
}

/**
 * Calls `visit(start, end)` for each plain word of `text` (see anyWordWithTail) that ends like one of
 * the words, in order, while it returns true. Returns false as soon as a word that ends like one is not
 * plain (only the tokenizer can say what its token is), or niqqud or an invisible control is met, or
 * `visit` returns false; true when every such word was plain and visited.
 */
/** What the scan needs to know of a code unit, one table lookup per character of the paragraph. */
const MARK = -2; // a geresh or gershayim form: inside a word
const HIDDEN = -3; // niqqud or an invisible control: the tokenizer reads it into the word
const SCAN_CLASS = (() => {
  const table = new Int8Array(65536).fill(-1);
  for (let code = 0; code < 65536; code++) {
    if ((code >= 0x591 && code <= 0x5c7 && code !== 0x5be) || (code > 0x5ff && isInvisibleCode(code)))
      table[code] = HIDDEN;
    else if (letterIndex(code) >= 0) table[code] = letterIndex(code);
    else if (isMark(code)) table[code] = MARK;
  }
  return table;
})();

export function visitPlainWordsWithTail(
  tails: WordTails,
  text: string,
  visit: (start: number, end: number) => boolean,
): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = SCAN_CLASS[text.charCodeAt(i)] as number;
    if (first < 0) {
      // Niqqud and invisible controls (an RLM inside a word) belong to the word the tokenizer reads.
      if (first === HIDDEN) return false;
      i++;
      continue;
    }
    // A word: its letters (the last three kept) and any geresh or gershayim inside, read in one loop.
    const start = i;
    let a = -1;
    let b = -1;
    let c = first;
    let marked = false;
    for (i++; i < n; i++) {
      const letter = SCAN_CLASS[text.charCodeAt(i)] as number;
      if (letter >= 0) {
        a = b;
        b = c;
        c = letter;
      } else if (letter === MARK) {
        // The tokenizer may end the word at a mark (a quotation's closing quote, בסן"'ב): letters
        // ending like one there are a word only the tokenizer can read.
        if (a >= 0 && tails[c + b * LETTERS + a * LETTERS * LETTERS] === 1) return false;
        marked = true;
      } else break;
    }
    // What ended the word is looked at again by the outer loop (a hidden character ends the scan there).
    if (i < n && SCAN_CLASS[text.charCodeAt(i)] === HIDDEN) return false;
    if (a >= 0 && tails[c + b * LETTERS + a * LETTERS * LETTERS] === 1) {
      const plain =
        !marked &&
        (start === 0 || separatesWords(text.charCodeAt(start - 1))) &&
        (i === n || separatesWords(text.charCodeAt(i)));
      if (!plain || !visit(start, i)) return false;
    }
  }
  return true;
}
