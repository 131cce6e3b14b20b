// The groups prefix-overrides.ts judges: the words of a document sharing a coarse key, split by how
// each came to the group (seen alone, read after a prefix, ordinary only with a prefix, ordinary in a
// name slot). Counted as multisets so that a word's contribution can be taken out again after an edit.
import type { PrefixReading } from '../../hebrew/prefixes';
import type { StemInfo } from './stem-info';

/** A prefixed reading a word offers to the group of its stem's key. */
export interface PrefixedEntry {
  readonly key: string;
  readonly reading: PrefixReading;
  readonly info: StemInfo;
  /** Read through the article the prefix swallowed (במוואסי = ב + המוואסי): ה was seen on it too. */
  readonly viaArticle?: boolean;
}

/** A multiset of stems (the same stem counts once per word that contributes it). */
export class StemBag {
  readonly counts = new Map<string, { info: StemInfo; count: number }>();
  total = 0;

  add(info: StemInfo, delta: 1 | -1): void {
    const entry = this.counts.get(info.stem);
    const count = (entry?.count ?? 0) + delta;
    if (count === 0) this.counts.delete(info.stem);
    else if (entry) entry.count = count;
    else this.counts.set(info.stem, { info, count });
    this.total += delta;
  }
}

/** Words sharing a coarse key: the spellings seen alone and those seen after a prefix. */
export class Group {
  readonly bare = new StemBag();
  /** Unstrippable words found to spell a name: they count as bare once named. */
  readonly named = new StemBag();
  /** Word → its prefixed readings in this group. */
  readonly prefixed = new Map<string, PrefixedEntry[]>();
  prefixedTotal = 0;
  /** Unstrippable words whose whole spelling has this key. */
  readonly unstripped = new Set<string>();
  /** Ordinary words standing where a name stands (after a place noun). */
  readonly ordinary = new StemBag();
  /** Unstrippable word → its readings as prefix + ordinary word with this key. */
  readonly ordinaryStems = new Map<string, PrefixedEntry[]>();

  isEmpty(): boolean {
    return (
      this.bare.total === 0 &&
      this.ordinary.total === 0 &&
      this.named.total === 0 &&
      this.prefixedTotal === 0 &&
      this.unstripped.size === 0 &&
      this.ordinaryStems.size === 0
    );
  }
}

/** Adds a word's reading to a group's list for that word (delta 1), or takes it out (-1). */
export function changeEntry(
  byWord: Map<string, PrefixedEntry[]>,
  type: string,
  entry: PrefixedEntry,
  delta: 1 | -1,
): void {
  let list = byWord.get(type);
  if (delta === 1) {
    if (!list) byWord.set(type, (list = []));
    list.push(entry);
  } else if (list) {
    list.splice(list.indexOf(entry), 1);
    if (list.length === 0) byWord.delete(type);
  }
}
