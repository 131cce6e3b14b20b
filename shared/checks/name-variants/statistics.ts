// Document totals of the per-paragraph word statistics, kept current by adding and subtracting one
// paragraph at a time, and each word's prefix reading (gated by what the document attests).
import type { AlignedDocument } from '../../model/document';
import { GERSHAYIM, MAQAF } from '../../hebrew/letters';
import { stripPrefix, prefixReadings, type PrefixReading } from '../../hebrew/prefixes';
import { isHebrewAlefPrefix } from '../../hebrew/variants';
import {
  occurrencesIn,
  paragraphWords,
  idOfWord,
  wordIdCount,
  wordIdGeneration,
  wordOfId,
  WORD_ID_LIMIT,
  type ParagraphWords,
  type WordOccurrence,
} from './paragraph-words';
import { WordPairs, type NeighbourIndex, type PairLookup } from './word-pairs';
import { WordBufferPool } from './typed-arrays';
import { MIN_BARE, acronymReadings } from './acronyms';

// א־ is the article whatever letter follows: writers also assimilate it before moon letters (א־פאשר);
// only before a Hebrew word is it not (א־מינית, לא־מחוסנת: variants.ts isHebrewAlefPrefix). (The
// sun-letter test used to sit before the maqaf, where it could never match, so בא־רקה was never read
// as ב + א־רקה.)
const ARABIC_ARTICLE = /^(?:אל|א)\u05BE[\u05D0-\u05EA]{2}/;

/**
 * The letters of an acronym's stems (דאע״ש → דאעש; לדאע״ש → דאעש and לדאעש): an acronym written with
 * its gershayim attests its letters without it, so שדאעש is ש + דאעש though דאעש is never written
 * alone, and the acronym check sees the bare spelling beside the gershayim one. As many letters as that
 * check asks of a bare spelling (MIN_BARE): three are mostly a Hebrew word's too, and בצהל, read whole,
 * is already the bare spelling of בצה״ל.
 */
function acronymLetters(word: string): string[] {
  return acronymReadings(word)
    .map((r) => r.stem.replace(GERSHAYIM, ''))
    .filter((letters) => letters.length >= MIN_BARE);
}

/** The ending of an adjective's plural written with two י (כורדיים), beside the one-י -ים. */
const YOD_YOD_PLURAL = 'יים';

const JOINED_ARTICLE = 'אל';
const MAQAF_ARTICLE = 'אל־';

/** אלערבי for אל־ערבי: the stem whose attestation a word with the article and a maqaf gives (writesWithMaqaf). */
function joinedArticleForm(type: string): string | undefined {
  return type.startsWith(MAQAF_ARTICLE) ? JOINED_ARTICLE + type.slice(MAQAF_ARTICLE.length) : undefined;
}

/**
 * ARABIC_ARTICLE, with the test most stems fail done by code first (it starts with א and has a maqaf
 * second or third): attestation is asked about every split of every unusual word on each re-check.
 */
function hasArabicArticle(stem: string): boolean {
  return (
    stem.charCodeAt(0) === 0x5d0 &&
    (stem.charCodeAt(1) === 0x5be || stem.charCodeAt(2) === 0x5be) &&
    ARABIC_ARTICLE.test(stem) &&
    !(stem.charCodeAt(1) === 0x5be && isHebrewAlefPrefix(stem))
  );
}

// Two copies on purpose: one function called with both string and number keys would make V8's Map
// access megamorphic, and these run once per word of the document.
function bump(map: Map<string, number>, key: string, delta: number): number {
  const value = (map.get(key) ?? 0) + delta;
  if (value === 0) map.delete(key);
  else map.set(key, value);
  return value;
}

/** The first position in the sorted `list` whose value is not below `value` (above it, with `after`). */
function searchSorted(list: readonly number[], value: number, after: boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const at = list[mid] as number;
    if (at < value || (after && at === value)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Adds or removes one occurrence in paragraph `index` to a word's sorted paragraph list (a paragraph
 * listed once per occurrence). The full pass visits paragraphs in order, so it only appends; a plain
 * sorted array is much smaller than a Map per word, and a million-word pass builds thousands of them.
 */
function bumpParagraph(list: number[], index: number, sign: 1 | -1): void {
  if (sign === 1) {
    if (list.length === 0 || (list[list.length - 1] as number) <= index) list.push(index);
    else list.splice(searchSorted(list, index, true), 0, index);
    return;
  }
  const at = searchSorted(list, index, false);
  if (list[at] === index) list.splice(at, 1);
}

export class WordStatistics {
  paragraphs: ParagraphWords[] = [];
  /** Per paragraph edited since the last reset, the version of its text (versionOf). */
  private versions: number[] = [];
  /** The last version given out: none is given twice, across resets too. */
  private lastVersion = 0;
  /** The version of every paragraph as the last reset read it. */
  private resetVersion = 0;
  /** Word (comparison form, with prefix) → occurrences in the document. */
  readonly typeCount = new Map<string, number>();
  /**
   * Word → the paragraphs it occurs in, sorted, once per occurrence; for words that are not ordinary
   * Hebrew (see paragraphsOf).
   */
  readonly typeParagraphs = new Map<string, number[]>();
  /** The words written with a maqaf inside (בת־ים): the compounds maqaf-spacing.ts compares. */
  readonly maqafTypes = new Set<string>();
  /** The words that end in -יים (כורדיים): the plurals adjective-plurals.ts compares with -ים. */
  readonly yodYodPluralTypes = new Set<string>();
  private readonly pairs = new WordPairs();
  /** Word → the words directly after it (the pairs of ParagraphWords), with counts. */
  readonly next: NeighbourIndex = this.pairs.next;
  /** Word → the words directly before it. */
  readonly prev: NeighbourIndex = this.pairs.prev;
  /** Whether one word stands directly before another. */
  readonly adjacentPairs: PairLookup = this.pairs;
  readonly latinNeighbours = new Map<string, number>();
  /** The letters of the document's acronyms (acronymLetters) → how many acronyms have them. */
  private readonly acronymStems = new Map<string, number>();
  /** Stems attested outside the document (glossary terms). */
  private externalStems: ReadonlySet<string> = new Set();
  private readonly readings = new Map<string, PrefixReading>();
  /** Words that came, went or may read differently since takeChangedTypes; 'all' after a reset. */
  private changedTypes: Set<string> | 'all' = 'all';
  /** Words that came or went since takeComings; 'all' after a reset. */
  private comings: Set<string> | 'all' = 'all';
  /** Ordinary word → paragraphs, for the ordinary words asked about (see trackParagraphs). */
  private readonly ordinaryIndex = new Map<string, Set<number>>();
  /** Stem → words one of whose readings has that stem: the readings to redo when the stem comes or goes. */
  private readonly readers = new Map<string, Set<string>>();
  /** Whether `readers` is kept current (from the first edit after a reset on; see keepReaders). */
  private readersKept = false;

  /**
   * A number for the paragraph's current text (the cache key of findings built from it): it changes
   * with every edit of the paragraph and with every reset, since a new document's paragraph may be
   * another text at the same place.
   */
  versionOf(paragraph: number): number {
    return this.versions[paragraph] ?? this.resetVersion;
  }

  reset(document: AlignedDocument, externalStems: ReadonlySet<string>): void {
    this.paragraphs = [];
    this.versions = [];
    this.resetVersion = ++this.lastVersion;
    this.ordinaryIndex.clear();
    this.maqafTypes.clear();
    this.yodYodPluralTypes.clear();
    this.pairs.clear();
    for (const map of [
      this.typeCount,
      this.typeParagraphs,
      this.latinNeighbours,
      this.readings,
      this.readers,
      this.acronymStems,
    ])
      map.clear();
    this.externalStems = externalStems;
    this.changedTypes = 'all';
    this.comings = 'all';
    this.readersKept = false;
    // The full pass counts words by id in an array (a million Map updates were the largest part of
    // it), then fills typeCount once per distinct word, in order of first occurrence as the
    // one-by-one count would. Nothing is tracked or read yet, so no reading needs forgetting.
    // The paragraphs of the words that are not ordinary are listed by id the same way.
    const generation = wordIdGeneration();
    const counts = new Int32Array(WORD_ID_LIMIT);
    const firstSeen: number[] = [];
    const paragraphsById: (number[] | undefined)[] = [];
    const firstNamed: number[] = [];
    const pool = new WordBufferPool();
    document.target.forEach((p, i) => {
      const words = paragraphWords(p.text, pool);
      this.paragraphs.push(words);
      // Read from the paragraph's buffer directly: a view for each part of each paragraph is garbage.
      const { data, idCount, pairCount } = words;
      for (let k = 0; k < idCount; k++) {
        const id = data[k] as number;
        const before = counts[id] as number;
        counts[id] = before + 1;
        if (before === 0) firstSeen.push(id);
      }
      for (let k = idCount + pairCount; k < data.length; k += 3) {
        const id = data[k] as number;
        const list = paragraphsById[id];
        if (list) list.push(i);
        else {
          paragraphsById[id] = [i];
          firstNamed.push(id);
        }
      }
      this.applyPairs(words, 1);
      this.applyAcronyms(words, 1);
    });
    if (generation === wordIdGeneration()) {
      for (const id of firstSeen) {
        const type = wordOfId(id);
        this.typeCount.set(type, counts[id] as number);
        this.noteTypeByShape(type);
      }
      for (const id of firstNamed) this.typeParagraphs.set(wordOfId(id), paragraphsById[id] as number[]);
      return;
    }
    // The id table was refilled during the pass (over WORD_ID_LIMIT distinct words): by string.
    this.paragraphs.forEach((words, i) => {
      for (const type of words.all) {
        bump(this.typeCount, type, 1);
        this.noteTypeByShape(type);
      }
      for (const word of words.words) this.bumpTypeParagraph(word.norm, i, 1);
    });
  }

  /** Adds a word that has just come into the document to maqafTypes or yodYodPluralTypes, if it is one. */
  private noteTypeByShape(type: string): void {
    if (type.includes(MAQAF)) this.maqafTypes.add(type);
    else if (type.endsWith(YOD_YOD_PLURAL)) this.yodYodPluralTypes.add(type);
  }

  /** Replaces paragraph `index`; returns nothing, but forgets the readings the change may affect. */
  update(index: number, text: string): void {
    const old = this.paragraphs[index];
    if (old && old.text === text) return;
    this.keepReaders();
    if (old) this.apply(old, index, -1);
    const words = paragraphWords(text);
    this.paragraphs[index] = words;
    this.versions[index] = ++this.lastVersion;
    this.apply(words, index, 1);
  }

  private apply(words: ParagraphWords, index: number, sign: 1 | -1): void {
    // Keep the paragraph lists of the tracked ordinary words current.
    const ordinary = this.ordinaryIndex;
    // Empty until something asks where an ordinary word is (the full pass counts without this).
    if (ordinary.size > 0)
      for (const type of words.all) {
        const set = ordinary.get(type);
        if (!set) continue;
        if (sign === 1) set.add(index);
        else set.delete(index);
      }
    for (const type of words.all) {
      const total = bump(this.typeCount, type, sign);
      if (total === 0) {
        this.maqafTypes.delete(type);
        this.yodYodPluralTypes.delete(type);
      } else if (sign === 1 && total === 1) this.noteTypeByShape(type);
      // A word that appears or disappears changes which stems are attested.
      if (total === 0 || (sign === 1 && total === 1)) {
        this.forgetReadersOf(type);
        // Whether ו + the word stands as "and" before it changes too (standsAsAnd).
        this.forgetReadersOf('ו' + type);
        const joined = joinedArticleForm(type);
        if (joined !== undefined) this.forgetReadersOf(joined);
      }
    }
    this.applyAcronyms(words, sign);
    this.applyNeighbours(words, index, sign);
  }

  /**
   * A paragraph's acronyms' letters (acronymLetters); letters that come or go change which stems are
   * attested, as a word that comes or goes does. (During a reset nothing is read yet to forget.)
   */
  private applyAcronyms(words: ParagraphWords, sign: 1 | -1): void {
    for (const acronym of words.acronyms)
      for (const stem of acronymLetters(acronym)) {
        const total = bump(this.acronymStems, stem, sign);
        if (total === 0 || (sign === 1 && total === 1)) this.forgetReadersOf(stem);
      }
  }

  /** Everything a paragraph contributes except its word counts: where its names are, and their neighbours. */
  private applyNeighbours(words: ParagraphWords, index: number, sign: 1 | -1): void {
    if (words.current) {
      // By id: no occurrence objects are made.
      const names = words.nameData;
      for (let k = 0; k < names.length; k += 3)
        this.bumpTypeParagraph(wordOfId(names[k] as number), index, sign);
    } else for (const word of words.words) this.bumpTypeParagraph(word.norm, index, sign);
    this.applyPairs(words, sign);
  }

  /** A paragraph's adjacent word pairs and words beside Latin text. */
  private applyPairs(words: ParagraphWords, sign: 1 | -1): void {
    if (words.current) {
      const { data, idCount, pairCount } = words;
      for (let i = idCount; i + 1 < idCount + pairCount; i += 2)
        this.pairs.addById(data[i] as number, data[i + 1] as number, sign);
    } else {
      const { pairs } = words;
      for (let i = 0; i + 1 < pairs.length; i += 2)
        this.pairs.add(pairs[i] as string, pairs[i + 1] as string, sign);
    }
    for (const word of words.latinNeighbours) bump(this.latinNeighbours, word, sign);
  }

  private bumpTypeParagraph(type: string, index: number, sign: 1 | -1): void {
    let perParagraph = this.typeParagraphs.get(type);
    if (!perParagraph) this.typeParagraphs.set(type, (perParagraph = []));
    bumpParagraph(perParagraph, index, sign);
    if (perParagraph.length === 0) this.typeParagraphs.delete(type);
  }

  private forgetReadersOf(stem: string): void {
    if (this.comings !== 'all') this.comings.add(stem);
    this.readings.delete(stem);
    const readers = this.readers.get(stem);
    if (readers) for (const word of readers) this.readings.delete(word);
    const changed = this.changedTypes;
    if (changed === 'all') return;
    changed.add(stem);
    if (readers) for (const word of readers) changed.add(word);
  }

  /** The words that came into the document or left it since the last call ('all' after a reset). */
  takeComings(): ReadonlySet<string> | 'all' {
    const comings = this.comings;
    this.comings = new Set();
    return comings;
  }

  /** The words whose presence or prefix reading may have changed since the last call ('all' after a reset). */
  takeChangedTypes(): ReadonlySet<string> | 'all' {
    const changed = this.changedTypes;
    this.changedTypes = new Set();
    return changed;
  }

  /**
   * Starts tracking where some ordinary words occur (ordinary words are not indexed as they are
   * counted): one pass over the document for all of them, then kept current by edits.
   */
  trackParagraphs(types: Iterable<string>): void {
    const wanted = new Set<string>();
    for (const type of types)
      if (!this.typeParagraphs.has(type) && !this.ordinaryIndex.has(type)) wanted.add(type);
    if (wanted.size === 0) return;
    for (const type of wanted) this.ordinaryIndex.set(type, new Set());
    // By id where the paragraph's ids are current: no word list is rebuilt for each paragraph, and a
    // wanted word is a mark in a table rather than a set lookup for each of a million words.
    const wantedIds = new Uint8Array(wordIdCount());
    for (const type of wanted) if (idOfWord(type) >= 0) wantedIds[idOfWord(type)] = 1;
    this.paragraphs.forEach((p, i) => {
      if (!p.current) {
        for (const word of p.all) if (wanted.has(word)) this.ordinaryIndex.get(word)?.add(i);
        return;
      }
      const { ids } = p;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k] as number;
        if (wantedIds[id] === 1) this.ordinaryIndex.get(wordOfId(id))?.add(i);
      }
    });
  }

  /** The paragraphs where a word occurs, in order. */
  paragraphsOf(type: string): number[] {
    const indexed = this.typeParagraphs.get(type);
    if (indexed) {
      const paragraphs: number[] = [];
      for (const p of indexed) if (paragraphs[paragraphs.length - 1] !== p) paragraphs.push(p);
      return paragraphs;
    }
    if (!this.ordinaryIndex.has(type)) this.trackParagraphs([type]);
    return [...(this.ordinaryIndex.get(type) ?? [])].sort((a, b) => a - b);
  }

  /** Where a word occurs in one paragraph. */
  occurrences(paragraph: number, type: string): WordOccurrence[] {
    const words = this.paragraphs[paragraph];
    if (!words) return [];
    if (this.typeParagraphs.has(type)) {
      if (!words.current) return words.words.filter((w) => w.norm === type);
      const id = idOfWord(type);
      const names = words.nameData;
      const found: WordOccurrence[] = [];
      for (let k = 0; k < names.length; k += 3)
        if (names[k] === id)
          found.push({ norm: type, start: names[k + 1] as number, end: names[k + 2] as number });
      return found;
    }
    const id = words.current ? idOfWord(type) : -1;
    const present = words.current ? id >= 0 && words.ids.includes(id) : words.all.includes(type);
    return present ? occurrencesIn(words.text, type) : [];
  }

  /**
   * A stem is attested when it occurs on its own (not as "and" before another word, standsAsAnd), is a
   * glossary word, carries the Arabic article with a maqaf (אל־עריש, א־שאם): no Hebrew word starts that
   * way, so באל־עריש is ב + אל־עריש, or is the letters of an acronym the document writes with its
   * gershayim (דאעש of דאע״ש).
   */
  isAttested(stem: string): boolean {
    return (
      (this.typeCount.has(stem) && !this.standsAsAnd(stem)) ||
      this.externalStems.has(stem) ||
      hasArabicArticle(stem) ||
      this.acronymStems.has(stem) ||
      this.writesWithMaqaf(stem)
    );
  }

  /**
   * A word written with an initial ו that reads as "and" before a word the document attests (ונס of
   * "ריינה ונס ציונה"): it does not occur on its own as a stem, so מונס (Moanes, beside מונאס) is no
   * מ + ונס. Hebrew doubles a stem's own initial ו after a prefix (מוונס), so a name is rarely read so.
   */
  private standsAsAnd(stem: string): boolean {
    return stem.startsWith('ו') && !stem.startsWith('וו') && this.reading(stem).prefix === 'ו';
  }

  /**
   * The article joined with no maqaf (אלערבי) where the document writes the name with one (אל־ערבי):
   * באלערבי is ב + אלערבי, as בא־שאם is ב + א־שאם, though אלערבי is never written bare.
   */
  private writesWithMaqaf(stem: string): boolean {
    return (
      stem.startsWith(JOINED_ARTICLE) && this.typeCount.has(MAQAF_ARTICLE + stem.slice(JOINED_ARTICLE.length))
    );
  }

  /** The word's prefix and stem: the longest prefix whose remainder the document or glossary attests. */
  reading(type: string): PrefixReading {
    let reading = this.readings.get(type);
    if (!reading) {
      if (this.readersKept) this.addReader(type);
      reading = stripPrefix(type, (stem) => this.isAttested(stem));
      this.readings.set(type, reading);
    }
    return reading;
  }

  private addReader(type: string): void {
    for (const r of prefixReadings(type)) {
      let readers = this.readers.get(r.stem);
      if (!readers) this.readers.set(r.stem, (readers = new Set()));
      readers.add(type);
    }
  }

  /**
   * Readers are only needed to forget readings when an edit makes a stem come or go, so a full pass
   * does not keep them: the first edit after it lists the readers of every reading made so far.
   */
  private keepReaders(): void {
    if (this.readersKept) return;
    for (const type of this.readings.keys()) this.addReader(type);
    this.readersKept = true;
  }
}
