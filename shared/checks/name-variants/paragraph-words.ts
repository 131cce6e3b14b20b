// What one paragraph contributes to the name statistics: its Hebrew words (comparison form and range),
// which words stand next to which (separated by spaces only), and which stand next to Latin text.
// Computed once per paragraph text and cached; the document totals are sums of these.
import {
  numberTokenEnd,
  readToken,
  separatesWords,
  startsToken,
  tokenize,
  type Token,
} from '../../hebrew/tokenize';
import { GERSHAYIM, isHebrewLetterCode } from '../../hebrew/letters';
import { isCommonByWrittenList, isCommonWord } from '../../hebrew/lexicon';
import { PlaceCue, isDetachedArticle, placeCue } from './name-cues';
import { grown, type WordBufferPool } from './typed-arrays';

export interface WordOccurrence {
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

/**
 * What one paragraph contributes. Its words are kept as ids (typed arrays hold no pointers the garbage
 * collector has to trace or copy: a million-word document kept a million strings in word lists); the
 * strings are rebuilt only when asked for, from the text itself when the ids are of an older generation.
 */
export class ParagraphWords {
  constructor(
    readonly text: string,
    /**
     * One buffer: the word ids (wordOfId) of every Hebrew word of the paragraph, in order; then the
     * adjacent pairs; then the occurrences of the words that are not ordinary Hebrew (id, start, end).
     */
    readonly data: Int32Array,
    /** How many word ids `data` starts with. */
    readonly idCount: number,
    /** How many pair ids follow them (twice the pairs); the name occurrences fill the rest. */
    readonly pairCount: number,
    /** The wordIdGeneration the ids belong to. */
    readonly generation: number,
    /** Words next to a Latin token (a name with its English or acronym beside it: "(HTS)"). */
    readonly latinNeighbours: ReadonlySet<string>,
    /**
     * The Hebrew words with gershayim (צה״ל, לדאע״ש), comparison form, in order: the acronyms, which the
     * word lists leave out; read here rather than by tokenizing the paragraph again (acronyms.ts).
     */
    readonly acronyms: readonly string[],
  ) {}

  /** Whether the ids can be read with wordOfId now. */
  get current(): boolean {
    return this.generation === generation;
  }

  /** The word ids of every Hebrew word of the paragraph, in order, once per occurrence. */
  get ids(): Int32Array {
    return this.data.subarray(0, this.idCount);
  }

  /**
   * Adjacent word pairs as ids, flattened [a, b, a, b …], where a is directly followed by b and either
   * is not ordinary, or both are ordinary only by the news list (קמלה האריס: both printed, and the shared
   * surname is what shows the first name's two spellings to be one name's), or a is a place cue (העיר
   * חמה, סביב חמה: the only evidence that an ordinary word names a place).
   */
  get pairIds(): Int32Array {
    return this.data.subarray(this.idCount, this.idCount + this.pairCount);
  }

  /** The occurrences of the words that are not ordinary Hebrew, as [id, start, end …]. */
  get nameData(): Int32Array {
    return this.data.subarray(this.idCount + this.pairCount);
  }

  /** Occurrences of the words that are not ordinary Hebrew (the only ones that can be names or glued). */
  get words(): readonly WordOccurrence[] {
    if (!this.current) return paragraphWords(this.text).words;
    const names = this.nameData;
    const words: WordOccurrence[] = [];
    for (let k = 0; k + 2 < names.length; k += 3)
      words.push({
        norm: wordOfId(names[k] as number),
        start: names[k + 1] as number,
        end: names[k + 2] as number,
      });
    return words;
  }

  /** Every Hebrew word of the paragraph, in order, once per occurrence. */
  get all(): readonly string[] {
    if (!this.current) return paragraphWords(this.text).all;
    return Array.from(this.ids, wordOfId);
  }

  /** The pairs of pairIds as words. */
  get pairs(): readonly string[] {
    if (!this.current) return paragraphWords(this.text).pairs;
    return Array.from(this.pairIds, wordOfId);
  }
}

/** Only spaces between two tokens (the first ends at `from`, the next starts at `to`): they may be parts of one multi-word name. */
function adjacent(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++)
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

/**
 * Every word seen, once. The document's word lists then hold one string per distinct word instead of
 * one per occurrence (less memory, and Map lookups of the counts compare strings by identity), and
 * the lexicon is asked once per distinct word. Bounded so memory cannot grow without limit; when the
 * table is cleared, ids start again from 0 and `wordIdGeneration` changes, so an id is only
 * comparable with ids read in the same generation.
 */
const knownWords = new Map<string, number>();
const wordsById: string[] = [];
export const WORD_ID_LIMIT = 500_000;
let generation = 0;

// Plain words (a run of Hebrew letters that is a token of its own, its own comparison form: most words
// of a paragraph) are found in a second table without being cut out of the paragraph: keyed by a hash
// of their letters, compared letter by letter with the text. A million-word pass otherwise made a
// string and hashed it for every word, only to find it already known.
/** Open addressing: id + 1 of a known plain word per slot (0 = empty), at most half full. */
let plainSlots = new Int32Array(1 << 16);
/** The letter hash of the word in each slot (to re-place it when the table grows). */
let plainHashes = new Int32Array(1 << 16);
let plainCount = 0;

const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

function placePlain(slots: Int32Array, hashes: Int32Array, hash: number, id: number): void {
  const mask = slots.length - 1;
  let at = hash & mask;
  while (slots[at] !== 0) at = (at + 1) & mask;
  slots[at] = id + 1;
  hashes[at] = hash;
}

function growPlain(): void {
  const slots = new Int32Array(plainSlots.length * 2);
  const hashes = new Int32Array(plainSlots.length * 2);
  for (let at = 0; at < plainSlots.length; at++)
    if (plainSlots[at] !== 0)
      placePlain(slots, hashes, plainHashes[at] as number, (plainSlots[at] as number) - 1);
  plainSlots = slots;
  plainHashes = hashes;
}

/** Per word id: COMMON, CUE, COUNTED and ARTICLE (the facts paragraphWords reads for every word it meets). */
const COMMON = 1;
const CUE = 2;
const COUNTED = 4;
/**
 * The Arabic article written as a word of its own (אל מנדב, א שאם, באל ג׳זירה): its pair with the next word is kept
 * even when both are ordinary (אל "to", מנדב as מ + נדב), as compounds.ts and the evidence read the
 * name behind it from that pair.
 */
const ARTICLE = 8;
/** Ordinary only by the news word list: a printed spelling, maybe a name's (its pairs are kept). */
const PRINTED = 16;
let wordFlags = new Uint8Array(1024);
/**
 * The letters of the plain words in the table, one after another, and where each word's are (by id):
 * comparing with the paragraph reads these typed arrays rather than a string object per word.
 */
let letters = new Uint16Array(1 << 16);
let lettersUsed = 0;
let letterStarts = new Int32Array(1024);
let letterLengths = new Int32Array(1024);

/** The id of the known word text[start, end) (a plain word whose letters hash to `hash`), added when new. */
function knownPlain(text: string, start: number, end: number, hash: number): number {
  const mask = plainSlots.length - 1;
  const length = end - start;
  for (let at = hash & mask; plainSlots[at] !== 0; at = (at + 1) & mask) {
    if (plainHashes[at] !== hash) continue;
    const id = (plainSlots[at] as number) - 1;
    if (letterLengths[id] !== length) continue;
    const from = letterStarts[id] as number;
    let k = 0;
    while (k < length && letters[from + k] === text.charCodeAt(start + k)) k++;
    if (k === length) return id;
  }
  const id = known(text.slice(start, end));
  if (lettersUsed + length > letters.length)
    letters = grown(letters, Math.max(letters.length * 2, lettersUsed + length));
  letterStarts[id] = lettersUsed;
  letterLengths[id] = length;
  for (let k = 0; k < length; k++) letters[lettersUsed++] = text.charCodeAt(start + k);
  if (++plainCount * 2 > plainSlots.length) growPlain();
  placePlain(plainSlots, plainHashes, hash, id);
  return id;
}

/** The id of a word, given one (with its facts in wordFlags) when it is new. */
function known(norm: string): number {
  let id = knownWords.get(norm);
  if (id === undefined) {
    if (knownWords.size >= WORD_ID_LIMIT) {
      knownWords.clear();
      wordsById.length = 0;
      plainSlots.fill(0);
      plainCount = 0;
      lettersUsed = 0;
      generation++;
    }
    id = wordsById.length;
    knownWords.set(norm, id);
    wordsById.push(norm);
    if (id >= wordFlags.length) {
      wordFlags = grown(wordFlags, wordFlags.length * 2);
      letterStarts = grown(letterStarts, letterStarts.length * 2);
      letterLengths = grown(letterLengths, letterLengths.length * 2);
    }
    wordFlags[id] =
      (isCommonWord(norm) ? (isCommonByWrittenList(norm) ? COMMON : COMMON | PRINTED) : 0) |
      (placeCue(norm) !== PlaceCue.None ? CUE : 0) |
      (isDetachedArticle(norm) ? ARTICLE : 0) |
      // Counted by the name statistics (isCountedWord), known once per word rather than per occurrence.
      (norm.includes(GERSHAYIM) ? 0 : COUNTED);
  }
  return id;
}

/** The id of a word already seen (in the current generation), or -1. */
export function idOfWord(word: string): number {
  return knownWords.get(word) ?? -1;
}

/** How many ids are given out (in the current generation): every id is below it. */
export function wordIdCount(): number {
  return wordsById.length;
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
const NO_ACRONYMS: readonly string[] = [];

/** The acronyms of the paragraph being read (readTokens), or undefined for none yet. */
let scratchAcronyms: string[] | undefined;

/** The word ids and pair ids of the paragraph being read (paragraphWords). */
let scratchIds = new Int32Array(256);
let scratchPairs = new Int32Array(512);
let scratchNames = new Int32Array(768);

/** The tokens of the paragraph being read (paragraphWords), reused from one paragraph to the next. */
let tokenStarts = new Int32Array(256);
let tokenEnds = new Int32Array(256);
/** Per token: whether it is Latin (the only kind besides counted Hebrew words the statistics look at). */
let tokenLatin = new Uint8Array(256);
/** Per token: the id of the counted Hebrew word it is, else -1. */
let tokenIds = new Int32Array(256);

function growTokens(): void {
  const length = tokenStarts.length * 2;
  tokenStarts = grown(tokenStarts, length);
  tokenEnds = grown(tokenEnds, length);
  tokenLatin = grown(tokenLatin, length);
  tokenIds = grown(tokenIds, length);
}

/**
 * Fills the token arrays with the tokens of `text`, as `tokenize` finds them, and returns how many.
 * A plain word is read in place (knownPlain); anything else (geresh, maqaf, niqqud, digits, Latin)
 * goes through the tokenizer's own readToken, so the two always agree.
 */
function readTokens(text: string): number {
  const before = generation;
  const n = text.length;
  let count = 0;
  scratchAcronyms = undefined;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!startsToken(code)) {
      i++;
      continue;
    }
    if (count === tokenStarts.length) growTokens();
    if (isHebrewLetterCode(code)) {
      let j = i;
      let hash = HASH_SEED;
      for (; j < n; j++) {
        const letter = text.charCodeAt(j);
        if (!isHebrewLetterCode(letter)) break;
        hash = Math.imul(hash ^ letter, HASH_PRIME);
      }
      if (j === n || separatesWords(text.charCodeAt(j))) {
        tokenStarts[count] = i;
        tokenEnds[count] = j;
        tokenLatin[count] = 0;
        tokenIds[count] = knownPlain(text, i, j, hash);
        count++;
        i = j;
        continue;
      }
    }
    // A number (280,000, ב1500) counts for nothing but where it stands: no token object is made.
    const numberEnd = numberTokenEnd(text, i);
    if (numberEnd >= 0) {
      tokenStarts[count] = i;
      tokenEnds[count] = numberEnd;
      tokenLatin[count] = 0;
      tokenIds[count] = -1;
      count++;
      i = numberEnd;
      continue;
    }
    const token = readToken(text, i);
    tokenStarts[count] = token.start;
    tokenEnds[count] = token.end;
    tokenLatin[count] = token.kind === 'latin' ? 1 : 0;
    const id = token.kind === 'hebrew' ? known(token.norm) : -1;
    const counted = id >= 0 && ((wordFlags[id] as number) & COUNTED) !== 0;
    tokenIds[count] = counted ? id : -1;
    if (id >= 0 && !counted) (scratchAcronyms ??= []).push(token.norm);
    count++;
    i = token.next;
  }
  // The id table was refilled in the middle of the paragraph: its first ids are of the old table.
  if (generation !== before) return readTokens(text);
  return count;
}

export function paragraphWords(text: string, pool?: WordBufferPool): ParagraphWords {
  const count = readTokens(text);
  // Built in the scratch arrays (a paragraph has at most `count` words and count - 1 pairs), then
  // copied into one buffer: each typed array's buffer costs an allocation the collector tracks.
  if (scratchIds.length < count) scratchIds = new Int32Array(count * 2);
  if (scratchPairs.length < count * 2) scratchPairs = new Int32Array(count * 4);
  if (scratchNames.length < count * 3) scratchNames = new Int32Array(count * 6);
  const ids = scratchIds;
  const pairIds = scratchPairs;
  const names = scratchNames;
  let length = 0;
  let pairLength = 0;
  let nameLength = 0;
  // Most paragraphs have no Latin text: they share one empty set instead of keeping a set each.
  let latinNeighbours: Set<string> | undefined;
  for (let k = 0; k < count; k++) {
    const id = tokenIds[k] as number;
    if (id < 0) continue;
    const flags = wordFlags[id] as number;
    const start = tokenStarts[k] as number;
    const end = tokenEnds[k] as number;
    ids[length++] = id;
    if ((flags & COMMON) === 0) {
      names[nameLength++] = id;
      names[nameLength++] = start;
      names[nameLength++] = end;
    }
    const nextId = k + 1 < count ? (tokenIds[k + 1] as number) : -1;
    if (
      nextId >= 0 &&
      ((flags & COMMON) === 0 ||
        ((wordFlags[nextId] as number) & COMMON) === 0 ||
        (flags & (wordFlags[nextId] as number) & PRINTED) !== 0 ||
        (flags & (CUE | ARTICLE)) !== 0) &&
      adjacent(text, end, tokenStarts[k + 1] as number)
    ) {
      pairIds[pairLength++] = id;
      pairIds[pairLength++] = nextId;
    }
    if (
      (k > 0 && tokenLatin[k - 1] === 1 && start - (tokenEnds[k - 1] as number) <= 3) ||
      (k + 1 < count && tokenLatin[k + 1] === 1 && (tokenStarts[k + 1] as number) - end <= 3)
    )
      (latinNeighbours ??= new Set()).add(wordOfId(id));
  }
  const size = length + pairLength + nameLength;
  const data = pool ? pool.take(size) : new Int32Array(size);
  let at = 0;
  for (let k = 0; k < length; k++) data[at++] = ids[k] as number;
  for (let k = 0; k < pairLength; k++) data[at++] = pairIds[k] as number;
  for (let k = 0; k < nameLength; k++) data[at++] = names[k] as number;
  return new ParagraphWords(
    text,
    data,
    length,
    pairLength,
    generation,
    latinNeighbours ?? NO_WORDS,
    scratchAcronyms ?? NO_ACRONYMS,
  );
}
