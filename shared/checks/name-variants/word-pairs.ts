// How often each word stands directly before each other word (the pairs ParagraphWords lists), kept
// current as paragraphs come and go, and read as "the words after w" or "the words before w".
// A million-word document has some two hundred thousand distinct pairs: as nested Maps they were the
// largest part of the full pass, so pairs are counted in typed arrays (an open-addressing table over
// word ids) and a word's neighbour list is built only when asked for, then kept until it changes.
import { WORD_ID_LIMIT, wordIdGeneration, wordOfId } from './paragraph-words';
import { grown } from './typed-arrays';

/** A word's neighbours on one side, in the order the pairs were first seen, with their counts. */
export interface NeighbourCounts {
  keys(): IterableIterator<string>;
  [Symbol.iterator](): IterableIterator<[string, number]>;
  /** Each neighbour with its count, in order, without a [word, count] pair made for each. */
  forEach(visit: (word: string, count: number) => void): void;
}

/** The neighbours of a word on one side; undefined when it has none. */
export interface NeighbourIndex {
  get(word: string): NeighbourCounts | undefined;
}

/** Asks whether one word stands directly before another, without listing either word's neighbours. */
export interface PairLookup {
  has(first: string, second: string): boolean;
}

class Neighbours implements NeighbourCounts {
  constructor(
    private readonly words: readonly string[],
    private readonly counts: readonly number[],
  ) {}

  keys(): IterableIterator<string> {
    return this.words[Symbol.iterator]();
  }

  *[Symbol.iterator](): IterableIterator<[string, number]> {
    for (let k = 0; k < this.words.length; k++) yield [this.words[k] as string, this.counts[k] as number];
  }

  forEach(visit: (word: string, count: number) => void): void {
    for (let k = 0; k < this.words.length; k++) visit(this.words[k] as string, this.counts[k] as number);
  }
}

const NONE = -1;

export class WordPairs {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  // Per pair slot: its two word ids, its count, and the next slot with the same first (second) word,
  // so each word's pairs form a list in the order they were first seen. A slot whose count falls to 0
  // stays in its lists (skipped when read) and is reused if the pair comes back.
  private first = new Int32Array(1024);
  private second = new Int32Array(1024);
  private count = new Int32Array(1024);
  private nextOut = new Int32Array(1024);
  private nextIn = new Int32Array(1024);
  private slots = 0;
  /** Per word id: first and last slot of its outgoing (incoming) list, and how many are live. */
  private headOut = new Int32Array(1024).fill(NONE);
  private tailOut = new Int32Array(1024).fill(NONE);
  private headIn = new Int32Array(1024).fill(NONE);
  private tailIn = new Int32Array(1024).fill(NONE);
  private liveOut = new Int32Array(1024);
  private liveIn = new Int32Array(1024);
  /** Open-addressing table of slots by their pair of ids (NONE = empty), at most half full. */
  private table = new Int32Array(4096).fill(NONE);
  /** Word id (paragraph-words.ts) → the id here, NONE when not known yet; for ids of `idGeneration`. */
  private idsByWordId = new Int32Array(0);
  private idGeneration = -1;
  private readonly afterViews: (Neighbours | undefined)[] = [];
  private readonly beforeViews: (Neighbours | undefined)[] = [];

  /** The words after a word. */
  readonly next: NeighbourIndex = { get: (word) => this.view(word, true) };
  /** The words before a word. */
  readonly prev: NeighbourIndex = { get: (word) => this.view(word, false) };

  clear(): void {
    this.ids.clear();
    this.words.length = 0;
    this.slots = 0;
    this.headOut.fill(NONE);
    this.tailOut.fill(NONE);
    this.headIn.fill(NONE);
    this.tailIn.fill(NONE);
    this.liveOut.fill(0);
    this.liveIn.fill(0);
    this.table.fill(NONE);
    this.afterViews.length = 0;
    this.beforeViews.length = 0;
    this.idGeneration = -1;
  }

  /** Does `a` stand directly before `b` somewhere? */
  has(a: string, b: string): boolean {
    const ia = this.ids.get(a);
    const ib = ia === undefined ? undefined : this.ids.get(b);
    if (ia === undefined || ib === undefined) return false;
    const mask = this.table.length - 1;
    for (let at = WordPairs.hash(ia, ib) & mask; ; at = (at + 1) & mask) {
      const slot = this.table[at] as number;
      if (slot === NONE) return false;
      if (this.first[slot] === ia && this.second[slot] === ib) return (this.count[slot] as number) > 0;
    }
  }

  /** Adds `delta` occurrences of `a` directly followed by `b`. */
  add(a: string, b: string, delta: number): void {
    this.addIds(this.idOf(a), this.idOf(b), delta);
  }

  /**
   * add, given the two words' ids of the current generation of paragraph-words.ts: a typed-array
   * lookup instead of two Map lookups, for the hundreds of thousands of pairs of a full pass.
   */
  addById(wordIdA: number, wordIdB: number, delta: number): void {
    this.addIds(this.idOfWordId(wordIdA), this.idOfWordId(wordIdB), delta);
  }

  private idOfWordId(wordId: number): number {
    if (this.idGeneration !== wordIdGeneration()) {
      if (this.idsByWordId.length === 0) this.idsByWordId = new Int32Array(WORD_ID_LIMIT);
      this.idsByWordId.fill(NONE);
      this.idGeneration = wordIdGeneration();
    }
    let id = this.idsByWordId[wordId] as number;
    if (id === NONE) this.idsByWordId[wordId] = id = this.idOf(wordOfId(wordId));
    return id;
  }

  private addIds(ia: number, ib: number, delta: number): void {
    const slot = this.slotOf(ia, ib);
    const before = this.count[slot] as number;
    const after = before + delta;
    this.count[slot] = after;
    if (before > 0 === after > 0) {
      if (after > 0) this.forget(ia, ib);
      return;
    }
    const change = after > 0 ? 1 : -1;
    this.liveOut[ia] = (this.liveOut[ia] as number) + change;
    this.liveIn[ib] = (this.liveIn[ib] as number) + change;
    this.forget(ia, ib);
  }

  private forget(ia: number, ib: number): void {
    this.afterViews[ia] = undefined;
    this.beforeViews[ib] = undefined;
  }

  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      if (id >= this.headOut.length) {
        const length = this.headOut.length * 2;
        this.headOut = grown(this.headOut, length, NONE);
        this.tailOut = grown(this.tailOut, length, NONE);
        this.headIn = grown(this.headIn, length, NONE);
        this.tailIn = grown(this.tailIn, length, NONE);
        this.liveOut = grown(this.liveOut, length, 0);
        this.liveIn = grown(this.liveIn, length, 0);
      }
    }
    return id;
  }

  private static hash(ia: number, ib: number): number {
    let h = Math.imul(ia ^ Math.imul(ib, 0x27d4eb2d), 0x9e3779b1);
    h ^= h >>> 15;
    return h;
  }

  /** The slot of the pair (ia, ib), created (count 0, appended to both lists) when new. */
  private slotOf(ia: number, ib: number): number {
    const mask = this.table.length - 1;
    let at = WordPairs.hash(ia, ib) & mask;
    for (;;) {
      const slot = this.table[at] as number;
      if (slot === NONE) break;
      if (this.first[slot] === ia && this.second[slot] === ib) return slot;
      at = (at + 1) & mask;
    }
    const slot = this.slots++;
    if (slot >= this.first.length) this.growSlots();
    this.first[slot] = ia;
    this.second[slot] = ib;
    this.count[slot] = 0;
    this.nextOut[slot] = NONE;
    this.nextIn[slot] = NONE;
    if (this.tailOut[ia] === NONE) this.headOut[ia] = slot;
    else this.nextOut[this.tailOut[ia] as number] = slot;
    this.tailOut[ia] = slot;
    if (this.tailIn[ib] === NONE) this.headIn[ib] = slot;
    else this.nextIn[this.tailIn[ib] as number] = slot;
    this.tailIn[ib] = slot;
    this.table[at] = slot;
    if (this.slots * 2 > this.table.length) this.rehash();
    return slot;
  }

  private growSlots(): void {
    const length = this.first.length * 2;
    this.first = grown(this.first, length, 0);
    this.second = grown(this.second, length, 0);
    this.count = grown(this.count, length, 0);
    this.nextOut = grown(this.nextOut, length, 0);
    this.nextIn = grown(this.nextIn, length, 0);
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2).fill(NONE);
    const mask = table.length - 1;
    for (let slot = 0; slot < this.slots; slot++) {
      let at = WordPairs.hash(this.first[slot] as number, this.second[slot] as number) & mask;
      while (table[at] !== NONE) at = (at + 1) & mask;
      table[at] = slot;
    }
    this.table = table;
  }

  private view(word: string, after: boolean): Neighbours | undefined {
    const id = this.ids.get(word);
    if (id === undefined || (after ? this.liveOut[id] : this.liveIn[id]) === 0) return undefined;
    const views = after ? this.afterViews : this.beforeViews;
    let view = views[id];
    if (!view) {
      // Allocated at their exact length (the live count is known): these lists stay in memory.
      const live = (after ? this.liveOut[id] : this.liveIn[id]) as number;
      const words = new Array<string>(live);
      const counts = new Array<number>(live);
      const links = after ? this.nextOut : this.nextIn;
      const others = after ? this.second : this.first;
      let k = 0;
      for (let slot = (after ? this.headOut[id] : this.headIn[id]) as number; slot !== NONE;) {
        const count = this.count[slot] as number;
        if (count > 0) {
          words[k] = this.words[others[slot] as number] as string;
          counts[k] = count;
          k++;
        }
        slot = links[slot] as number;
      }
      views[id] = view = new Neighbours(words, counts);
    }
    return view;
  }
}
