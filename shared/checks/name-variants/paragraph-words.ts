// What one paragraph contributes to the name statistics: its Hebrew words (comparison form and range),
// which words stand next to which (separated by spaces only), and which stand next to Latin text.
// Computed once per paragraph text and cached; the document totals are sums of these.
import { tokenize, type Token } from '../../hebrew/tokenize';
import { GERSHAYIM } from '../../hebrew/letters';
import { isCommonWord } from '../../hebrew/lexicon';
import { PlaceCue, placeCue } from './name-cues';

export interface WordOccurrence {
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

export interface ParagraphWords {
  readonly text: string;
  /** Occurrences of the words that are not ordinary Hebrew (the only ones that can be names or glued). */
  readonly words: readonly WordOccurrence[];
  /** Every Hebrew word of the paragraph, in order, once per occurrence. */
  readonly all: readonly string[];
  /** The word ids (wordIdOf) of `all`, position by position (typed: kept per paragraph, off the JS heap). */
  readonly ids: Int32Array;
  /**
   * Adjacent word pairs, flattened [a, b, a, b …], where a is directly followed by b and either is not
   * ordinary, or a is a place cue (העיר חמה, סביב חמה: the only evidence that an ordinary word names a
   * place).
   */
  readonly pairs: readonly string[];
  /** Words next to a Latin token (a name with its English or acronym beside it: "(HTS)"). */
  readonly latinNeighbours: ReadonlySet<string>;
}

/** Only spaces between two tokens: they may be parts of one multi-word name. */
function adjacent(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++)
    if (text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0xa0) return false;
  return true;
}

/** Word tokens the name statistics count: Hebrew letters (with ׳ ־), no acronyms with gershayim. */
function isCountedWord(token: Token): boolean {
  return token.kind === 'hebrew' && !token.norm.includes(GERSHAYIM);
}

/** Occurrences of one word in a paragraph, found again by tokenizing it (for ordinary words, rarely needed). */
export function occurrencesIn(text: string, norm: string): WordOccurrence[] {
  return tokenize(text)
    .filter((t) => t.norm === norm && isCountedWord(t))
    .map((t) => ({ norm: t.norm, start: t.start, end: t.end }));
}

/** A distinct word: one shared string for all its occurrences, a small integer id, and whether it is ordinary Hebrew. */
interface KnownWord {
  readonly word: string;
  readonly id: number;
  readonly common: boolean;
  /** A place cue (name-cues.ts): the word after it is paired even when both are ordinary. */
  readonly cue: boolean;
  /** Counted by the name statistics (isCountedWord), known once per word rather than per occurrence. */
  readonly counted: boolean;
}

/**
 * Every word seen, once. The document's word lists then hold one string per distinct word instead of
 * one per occurrence (less memory, and Map lookups of the counts compare strings by identity), and
 * the lexicon is asked once per distinct word. Bounded so memory cannot grow without limit; when the
 * table is cleared, ids start again from 0 and `wordIdGeneration` changes, so an id is only
 * comparable with ids read in the same generation.
 */
const knownWords = new Map<string, KnownWord>();
const wordsById: string[] = [];
export const WORD_ID_LIMIT = 500_000;
let generation = 0;

function known(norm: string): KnownWord {
  let entry = knownWords.get(norm);
  if (entry === undefined) {
    if (knownWords.size >= WORD_ID_LIMIT) {
      knownWords.clear();
      wordsById.length = 0;
      generation++;
    }
    entry = {
      word: norm,
      id: wordsById.length,
      common: isCommonWord(norm),
      cue: placeCue(norm) !== PlaceCue.None,
      counted: !norm.includes(GERSHAYIM),
    };
    knownWords.set(norm, entry);
    wordsById.push(norm);
  }
  return entry;
}

/** Changes whenever ids are reassigned: ids read in different generations must not be compared. */
export function wordIdGeneration(): number {
  return generation;
}

/** The word with id `id` (of the current generation). */
export function wordOfId(id: number): string {
  return wordsById[id] as string;
}

const NO_WORDS: ReadonlySet<string> = new Set();

export function paragraphWords(text: string): ParagraphWords {
  const tokens = tokenize(text);
  const words: WordOccurrence[] = [];
  const all: string[] = [];
  const ids = new Int32Array(tokens.length);
  const pairs: string[] = [];
  // Most paragraphs have no Latin text: they share one empty set instead of keeping a set each.
  let latinNeighbours: Set<string> | undefined;
  // Each token is looked up once (it is also the previous token's neighbour).
  const lookUp = (token: Token | undefined) => {
    if (token === undefined || token.kind !== 'hebrew') return undefined;
    const word = known(token.norm);
    return word.counted ? word : undefined;
  };
  let nextWord = lookUp(tokens[0]);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const next = tokens[k + 1];
    const word = nextWord;
    nextWord = lookUp(next);
    if (word === undefined) continue;
    ids[all.length] = word.id;
    all.push(word.word);
    if (!word.common) words.push({ norm: word.word, start: token.start, end: token.end });
    if (nextWord && (!word.common || !nextWord.common || word.cue) && adjacent(text, token, next as Token))
      pairs.push(word.word, nextWord.word);
    const prev = tokens[k - 1];
    if (
      (prev && prev.kind === 'latin' && token.start - prev.end <= 3) ||
      (next && next.kind === 'latin' && next.start - token.end <= 3)
    )
      (latinNeighbours ??= new Set()).add(word.word);
  }
  return {
    text,
    words,
    all,
    ids: ids.subarray(0, all.length),
    pairs,
    latinNeighbours: latinNeighbours ?? NO_WORDS,
  };
}
