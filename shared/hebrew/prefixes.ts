// Hebrew inseparable prefixes (מש"ה וכל"ב) and their combinations, after hspell's genprefixes.pl slots
// (HEBREW.md §4): [ו] [ש | כש | מש | לכש] [כ] [ב | ה | כ | ל | מ | מה], plus the reversed pairs בכ, לכ,
// מב, מל. Stripping is never blind: callers pass `isAttested`, and a prefix comes off only when what
// remains is attested (in the document, a glossary or the lexicon). Many names begin with a prefix
// letter (ביירות, לבנון, מחמוד, שג'אעייה, הייאת, כפר, ואדי), which is why the gate is required.
function buildPrefixes(): ReadonlySet<string> {
  const set = new Set<string>();
  for (const vav of ['', 'ו'])
    for (const rel of ['', 'ש', 'כש', 'מש', 'לכש'])
      for (const kaf of ['', 'כ'])
        for (const last of ['', 'ב', 'ה', 'כ', 'ל', 'מ', 'מה']) {
          if (kaf && (last === 'ה' || last === 'כ' || last === 'מה')) continue; // כה, ככ are not prefixes
          set.add(vav + rel + kaf + last);
        }
  for (const vav of ['', 'ו']) for (const pair of ['בכ', 'לכ', 'מב', 'מל']) set.add(vav + pair);
  set.delete('');
  return set;
}

/** Every prefix string, longest first. */
export const PREFIXES: readonly string[] = [...buildPrefixes()].sort((a, b) => b.length - a.length);
const PREFIX_SET: ReadonlySet<string> = new Set(PREFIXES);
const LONGEST = PREFIXES[0]?.length ?? 0;

export function isPrefix(text: string): boolean {
  return PREFIX_SET.has(text);
}

/** One way to read a word as prefix + stem. */
export interface PrefixReading {
  readonly prefix: string;
  readonly stem: string;
  /** The stem's leading article ה was restored (it is not written after ב/כ/ל). */
  readonly articleRestored?: boolean;
}

/** The shortest stem worth looking up: a one-letter remainder is never a name or a word we compare. */
const MIN_STEM = 2;

/**
 * Words whose readings are remembered; past this many the memory is cleared, so it stays bounded. The
 * same policy as shared/memo/remembered.ts, written out here: this is the hottest lookup of the checks,
 * and behind the shared helper (one call site for every memo) the incremental re-check measured about
 * 20% slower.
 */
const MAX_REMEMBERED = 100_000;
const remembered = new Map<string, readonly PrefixReading[]>();

/**
 * Every prefix + stem reading of `word` (the unprefixed reading first), with the two spelling changes a
 * prefix causes undone: vav doubling (בוואדי → ואדי; Academy: initial ו is doubled after a prefix) and
 * the article's ה dropped after ב/כ/ל (בגולן → הגולן, בבית → הבית).
 * Remembered per word: the checks ask about the same few thousand words of a document over and over,
 * and the same stem strings coming back make the callers' own lookups by stem cheaper.
 */
export function prefixReadings(word: string): readonly PrefixReading[] {
  let readings = remembered.get(word);
  if (readings === undefined) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    readings = readingsOf(word);
    remembered.set(word, readings);
  }
  return readings;
}

function readingsOf(word: string): PrefixReading[] {
  const readings: PrefixReading[] = [{ prefix: '', stem: word }];
  const max = Math.min(LONGEST, word.length - MIN_STEM);
  for (let len = 1; len <= max; len++) {
    const prefix = word.slice(0, len);
    if (!PREFIX_SET.has(prefix)) continue;
    const stem = word.slice(len);
    // A geresh or gershayim marks the letter before it (ש״ב, שב״כ): no stem begins with one, so השב״כ
    // is ה + שב״כ, never השב + ״כ.
    if (stem.startsWith('׳') || stem.startsWith('״')) continue;
    if (stem.startsWith('־')) {
      // ב־2024, ה־PDF, ו-HTS: a maqaf after the prefix marks it explicitly.
      if (stem.length > 1) readings.push({ prefix: prefix + stem[0], stem: stem.slice(1) });
      continue;
    }
    // No Hebrew word begins with הה: its first ה is the article (וההתחמשות = וה + התחמשות), read with
    // the longer prefix, so ו + ההתחמשות is no reading.
    if (stem.startsWith('הה') && PREFIX_SET.has(prefix + 'ה')) continue;
    // The preposition אל (and the Arabic article written apart) takes ו, ש, כ and one more letter after
    // ו, never two prefix letters of its own: כמאל is Kamal and משאל a poll, not כמ + אל or מש + אל.
    if (stem === 'אל' && len >= 2 && !(len === 2 && prefix[0] === 'ו')) continue;
    if (stem.startsWith('וו') && !stem.startsWith('ווו')) readings.push({ prefix, stem: stem.slice(1) });
    readings.push({ prefix, stem });
    const last = prefix[prefix.length - 1];
    if ((last === 'ב' || last === 'כ' || last === 'ל') && !stem.startsWith('ה'))
      readings.push({ prefix, stem: 'ה' + stem, articleRestored: true });
  }
  return readings;
}

/**
 * The longest attested reading of `word`: the stem without its prefix, or the word itself when no
 * stem is attested. `isAttested` is asked about stems only, never about the whole word.
 */
export function stripPrefix(word: string, isAttested: (stem: string) => boolean): PrefixReading {
  const readings = prefixReadings(word);
  let best: PrefixReading = readings[0] as PrefixReading;
  for (let k = 1; k < readings.length; k++) {
    const r = readings[k] as PrefixReading;
    if (r.prefix.length > best.prefix.length && isAttested(r.stem)) best = r;
  }
  return best;
}

/**
 * Writes `stem` with `prefix` attached, re-applying the prefix's spelling changes: vav doubling for a
 * stem that starts with a single ו, and, when the reading restored an article, dropping it again after
 * ב/כ/ל. Used to keep the user's prefix when a fix replaces the stem (ברסטן → בראסתן).
 */
export function attachPrefix(prefix: string, stem: string, articleRestored = false): string {
  if (prefix === '' || prefix.endsWith('־')) return prefix + stem;
  if (articleRestored && stem.startsWith('ה')) return prefix + stem.slice(1);
  // The conjunction ו before a stem's ו is not doubled again: ו is never written three times
  // (HEBREW.md §2.2: ווילון = ו + וילון), so ו + ועד is וועד, and ו + ווליד, a name written with its ו
  // already doubled, is ווליד.
  if (prefix.endsWith('ו') && stem.startsWith('ו'))
    return prefix + (stem.startsWith('וו') ? stem.slice(1) : stem);
  if (stem.startsWith('ו') && !stem.startsWith('וו')) return prefix + 'ו' + stem;
  return prefix + stem;
}
