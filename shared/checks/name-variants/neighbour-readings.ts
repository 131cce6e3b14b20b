// Multi-word names give evidence to their first word: בח'אן יונס beside חאן יונס reads as ב + ח'אן,
// because the two stand before the same name word and their stems are variants. Kept per document:
// every word's readings by coarse key, so a word finds its few partners without listing the words
// before each name word.
import { MAQAF } from '../../hebrew/letters';
import type { PrefixReading } from '../../hebrew/prefixes';
import type { ComparisonCache } from './clusters';
import type { StemInfo } from './stem-info';
import { rememberedStemInfo } from './stem-infos';
import type { WordStatistics } from './statistics';
import { MIN_LETTERS } from './stem-use';
import type { NeighbourCounts } from './word-pairs';
import { rememberedProfile } from './word-profiles';

/** A reading of a word of the document, as a word standing before a name word (readingOf). */
interface NeighbourEntry {
  readonly word: string;
  readonly prefix: string;
  readonly info: StemInfo;
}

/**
 * Words whose neighbour reading may have changed with the edited words: the edited words themselves
 * and every word standing before an edited name word (a pair may have come or gone there).
 */
export function neighbourDirty(stats: WordStatistics, edited: ReadonlySet<string>): Set<string> {
  // A pair (W, N) comes or goes only with both words edited, and it changes the reading of a word T
  // before N only when one of W's readings shares a coarse key with one of T's.
  const editedKeys = new Set<string>();
  for (const word of edited) {
    editedKeys.add(rememberedStemInfo(word).key);
    for (const entry of rememberedProfile(word).prefixed) editedKeys.add(entry.key);
  }
  const out = new Set<string>(edited);
  for (const word of edited) {
    if (rememberedStemInfo(word).common) continue;
    for (const before of stats.prev.get(word)?.keys() ?? [])
      if (rememberedProfile(before).prefixed.some((e) => editedKeys.has(e.key))) out.add(before);
  }
  return out;
}

/** The readings of a document's words as words before a name word, and the readings they support. */
export class NeighbourReadings {
  /** The readings of every word of the document, by key (readingsOf; what readingOf compares). */
  private readonly readingsByKey = new Map<string, NeighbourEntry[]>();
  /** The words whose readings are in readingsByKey. */
  private readonly keyedWords = new Set<string>();

  constructor(private readonly comparisons: ComparisonCache) {}

  clear(): void {
    this.readingsByKey.clear();
    this.keyedWords.clear();
  }

  /**
   * Multi-word names give evidence to their parts: a word read with a prefix (בח׳אן) stands before the
   * same name word (יונס) as another word (חאן, לחאן) whose reading has a different prefix and a stem
   * that is a variant of its own. Only non-ordinary name words count as the shared rest of a name.
   * Of the readings that have such a partner, the one with the longest prefix, the first on a tie.
   */
  readingOf(stats: WordStatistics, type: string): PrefixReading | undefined {
    const next = stats.next.get(type);
    if (!next) return undefined;
    let best: PrefixReading | undefined;
    for (const { reading: r, info: mine } of rememberedProfile(type).prefixed) {
      if (best && r.prefix.length <= best.prefix.length) continue;
      // The other words with a reading under the same key: a few, where the words before one name
      // word may be thousands.
      for (const theirs of this.readingsByKey.get(mine.key) ?? []) {
        if (theirs.word === type || r.prefix === theirs.prefix) continue;
        // The shared name word is what a pair that needs one (ShortPlene, Far) asks for.
        if (r.stem !== theirs.info.stem && !this.comparisons.compareAsNames(mine, theirs.info)) continue;
        if (!this.shareNameWord(stats, next, theirs.word)) continue;
        best = r;
        break;
      }
    }
    return best;
  }

  /** Does `other` stand before one of the non-ordinary words in `next` (a word's words after it)? */
  private shareNameWord(stats: WordStatistics, next: NeighbourCounts, other: string): boolean {
    for (const name of next.keys())
      if (!rememberedStemInfo(name).common && stats.adjacentPairs.has(other, name)) return true;
    return false;
  }

  /** A word's readings as a word before a name word: itself, and its prefixed readings. */
  private readingsOf(word: string): NeighbourEntry[] {
    const entries: NeighbourEntry[] = [];
    const add = (prefix: string, info: StemInfo) => {
      if (prefix.endsWith(MAQAF) || info.letters < MIN_LETTERS) return;
      entries.push({ word, prefix, info });
    };
    add('', rememberedStemInfo(word));
    for (const entry of rememberedProfile(word).prefixed) add(entry.reading.prefix, entry.info);
    return entries;
  }

  /** Puts a word's readings into readingsByKey (`present`) or takes them out. */
  track(word: string, present: boolean): void {
    if (present === this.keyedWords.has(word)) return;
    if (present) this.keyedWords.add(word);
    else this.keyedWords.delete(word);
    for (const entry of this.readingsOf(word)) {
      const key = entry.info.key;
      let list = this.readingsByKey.get(key);
      if (present) {
        if (!list) this.readingsByKey.set(key, (list = []));
        list.push(entry);
      } else if (list) {
        const kept = list.filter((e) => e.word !== word);
        if (kept.length > 0) this.readingsByKey.set(key, kept);
        else this.readingsByKey.delete(key);
      }
    }
  }
}
