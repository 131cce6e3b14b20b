// Finds a Hebrew term (one word or several) in a target paragraph the way a reader would: with an
// attached prefix (ותלביסה, בחלב), in any geresh/gershayim/maqaf form (ג'וסיה = ג׳וסיה; א-שאם = א שאם)
// and with final letters where the prefix moved them. All Hebrew rules come from shared/hebrew.
import { normalizeWord } from '../../hebrew/normalize';
import { prefixReadings, attachPrefix, type PrefixReading } from '../../hebrew/prefixes';
import { regularizeFinals, MAQAF } from '../../hebrew/letters';
import { tokenize, type Token } from '../../hebrew/tokenize';

/** A term cut into comparison parts: maqaf and space both separate parts, final letters regularised. */
export function termParts(text: string): string[] {
  return normalizeWord(text)
    .split(new RegExp(`[\\s${MAQAF}]+`, 'u'))
    .filter(Boolean)
    .map(regularizeFinals);
}

interface Part {
  /** Comparison form of this part (final letters regularised). */
  readonly key: string;
  readonly norm: string;
  readonly token: number;
  readonly firstOfToken: boolean;
  readonly lastOfToken: boolean;
}

export interface TargetWords {
  readonly tokens: readonly Token[];
  readonly parts: readonly Part[];
}

/** ך ם ן ף ץ: each final form's code point is one below its regular form's. */
const isFinalCode = (c: number) => c === 0x5da || c === 0x5dd || c === 0x5df || c === 0x5e3 || c === 0x5e5;

/**
 * Comparison key of a word: final letters regularised. One pass over the code units: a word has at
 * most one final letter (its last), so the common cases never build a new string letter by letter.
 */
export function keyOf(norm: string): string {
  let at = -1;
  for (let i = 0; i < norm.length; i++) {
    if (!isFinalCode(norm.charCodeAt(i))) continue;
    if (at >= 0) return regularizeFinals(norm);
    at = i;
  }
  if (at < 0) return norm;
  return norm.slice(0, at) + String.fromCharCode(norm.charCodeAt(at) + 1) + norm.slice(at + 1);
}

export function targetWords(text: string): TargetWords {
  return targetWordsOf(tokenize(text));
}

/** The first comparison part of a token (the whole word, or what comes before its first maqaf). */
export function firstPartOf(token: Token): string {
  const maqaf = token.norm.indexOf(MAQAF);
  return maqaf < 0 ? token.norm : token.norm.slice(0, maqaf);
}

/** targetWords of a paragraph already tokenized (or of a run of its tokens). */
export function targetWordsOf(tokens: readonly Token[]): TargetWords {
  const parts: Part[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const norm = (tokens[index] as Token).norm;
    if (!norm.includes(MAQAF)) {
      parts.push({ key: keyOf(norm), norm, token: index, firstOfToken: true, lastOfToken: true });
      continue;
    }
    const pieces = norm.split(MAQAF);
    pieces.forEach((piece, k) => {
      if (piece !== '')
        parts.push({
          key: keyOf(piece),
          norm: piece,
          token: index,
          firstOfToken: k === 0,
          lastOfToken: k === pieces.length - 1,
        });
    });
  }
  return { tokens, parts };
}

export interface TermMatch {
  /** Range in the paragraph: whole tokens, the attached prefix included. */
  readonly start: number;
  readonly end: number;
  /** The prefix as the user typed it ('' when none). */
  readonly prefix: string;
  readonly reading: PrefixReading;
  /** Index of the part after the match. */
  readonly nextPart: number;
}

/** Readings of the part at `index` that could start a term: the part itself, then prefix + stem. */
export function readingsAt(words: TargetWords, index: number): readonly PrefixReading[] {
  const part = words.parts[index];
  if (!part || !part.firstOfToken) return [];
  return prefixReadings(part.norm);
}

/** Does the term `parts` start at part `index` under `reading`, ending at the end of a token? */
export function matchWithReading(
  words: TargetWords,
  index: number,
  reading: PrefixReading,
  parts: readonly string[],
  inflected = false,
): TermMatch | undefined {
  if (parts.length === 0) return undefined;
  if (!partMatches(keyOf(reading.stem), parts, 0, inflected)) return undefined;
  for (let k = 1; k < parts.length; k++) {
    const part = words.parts[index + k];
    if (!part || !partMatches(part.key, parts, k, inflected)) return undefined;
  }
  const last = words.parts[index + parts.length - 1] as Part;
  if (!last.lastOfToken) return undefined;
  const first = words.parts[index] as Part;
  const firstToken = words.tokens[first.token] as Token;
  const lastToken = words.tokens[last.token] as Token;
  // Keep the prefix exactly as typed unless normalisation changed its length (niqqud, ''→״).
  const prefix =
    firstToken.text.length === firstToken.norm.length
      ? firstToken.text.slice(0, reading.prefix.length)
      : reading.prefix;
  return { start: firstToken.start, end: lastToken.end, prefix, reading, nextPart: index + parts.length };
}

/** Word `found` stands for part K of a term (a plain function: it runs for every word of a paragraph). */
function partMatches(found: string, parts: readonly string[], k: number, inflected: boolean): boolean {
  const expected = parts[k] as string;
  if (!inflected) return found === expected;
  // In a construct the article goes on the last noun: הפסקת אש → הפסקת האש, בית חולים → בית החולים.
  const word =
    k > 0 && found !== expected && found.startsWith('ה') && !expected.startsWith('ה')
      ? found.slice(1)
      : found;
  return k === parts.length - 1 ? isInflectionOf(word, expected) : word === expected;
}

/** Hebrew noun and adjective endings (final letters regularised): רקטה → רקטות, סורי → סוריים. */
const INFLECTIONS = ['ימ', 'ות', 'ה', 'ת', 'י', 'ית', 'יימ', 'יות'];

/** `found` is `base` or an inflected form of it (a glossary term is cited in its dictionary form). */
export function isInflectionOf(found: string, base: string): boolean {
  if (found === base) return true;
  const stem = base.length > 3 ? base.replace(/[הת]$/u, '') : base;
  return INFLECTIONS.some((suffix) => found === base + suffix || found === stem + suffix);
}

/** The first place the term occurs in the paragraph (its last word possibly inflected), or undefined. */
export function findTerm(
  words: TargetWords,
  parts: readonly string[],
  inflected = false,
): TermMatch | undefined {
  for (let i = 0; i < words.parts.length; i++) {
    for (const reading of readingsAt(words, i)) {
      const match = matchWithReading(words, i, reading, parts, inflected);
      if (match) return match;
    }
  }
  return undefined;
}

/** The replacement text for a match: the new term with the user's prefix kept (ברסטן → בראסתן). */
export function replacementFor(match: TermMatch, term: string): string {
  return attachPrefix(match.prefix, term, match.reading.articleRestored ?? false);
}
