// Readings the text itself marks: a prefix followed by a maqaf or hyphen (ב־ח׳אן; HEBREW.md §4: a
// prefix before a foreign word may take one) is a prefix, and the word after it is attested as a word
// of its own, so בח׳אן beside ב־ח׳אן is ב + ח׳אן too: the hyphen is typography, never a second spelling.
import { MAQAF } from '../../hebrew/letters';
import { PREFIXES, attachPrefix, prefixReadings, type PrefixReading } from '../../hebrew/prefixes';
import type { WordStatistics } from './statistics';
import { rememberedStemInfo } from './stem-infos';
import { MIN_LETTERS } from './stem-use';

/** The prefix + maqaf reading of a word (ב־ח׳אן → ב־ + ח׳אן), when its stem could be a name. */
function maqafReading(type: string): PrefixReading | undefined {
  if (!type.includes(MAQAF)) return undefined;
  return prefixReadings(type).find(
    (r) => r.prefix.endsWith(MAQAF) && rememberedStemInfo(r.stem).letters >= MIN_LETTERS,
  );
}

/** The maqaf readings of a document's words, and the stems they attest, kept as words come and go. */
export class MaqafReadings {
  /** Word written prefix + maqaf + stem (ב־ח׳אן) → that reading. */
  private readonly readings = new Map<string, PrefixReading>();
  /** Stem → how many such words carry it: attested as a word by the maqaf. */
  private readonly stems = new Map<string, number>();

  /** The word's own maqaf reading, if it is written with one. */
  readingOf(type: string): PrefixReading | undefined {
    return this.readings.get(type);
  }

  /** Does any word of the document attest a stem by a maqaf? */
  attestsAny(): boolean {
    return this.stems.size > 0;
  }

  attests(stem: string): boolean {
    return this.stems.has(stem);
  }

  clear(): void {
    this.readings.clear();
    this.stems.clear();
  }

  /**
   * Keeps the attested stems current for a word that came, went or changed; returns the words (present
   * in the document) that may read differently because a stem started or stopped being attested.
   */
  update(stats: WordStatistics, type: string): string[] {
    const old = this.readings.get(type);
    const now = stats.typeCount.has(type) ? maqafReading(type) : undefined;
    if (old?.stem === now?.stem) return [];
    const flipped: string[] = [];
    if (old) {
      this.readings.delete(type);
      const count = (this.stems.get(old.stem) ?? 0) - 1;
      if (count > 0) this.stems.set(old.stem, count);
      else {
        this.stems.delete(old.stem);
        flipped.push(old.stem);
      }
    }
    if (now) {
      this.readings.set(type, now);
      const count = (this.stems.get(now.stem) ?? 0) + 1;
      this.stems.set(now.stem, count);
      if (count === 1) flipped.push(now.stem);
    }
    const readers = [type];
    for (const stem of flipped)
      for (const prefix of PREFIXES)
        for (const form of [prefix + stem, attachPrefix(prefix, stem, true)])
          if (stats.typeCount.has(form)) readers.push(form);
    return readers;
  }
}
