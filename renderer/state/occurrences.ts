// Every occurrence of a set of spellings in the translation, whatever clitic prefix is attached
// (shared/hebrew/prefixes) and however geresh/gershayim are typed (shared/hebrew/normalize). A spelling
// of several words (בת ים, אל תאני) is found where its words follow one another, the prefix on the
// first. Used by prefix-aware find and by variant clusters, which must see and rewrite every
// occurrence of every spelling, not only the ones the engine flagged.
//
// Cost: every Hebrew word's prefix readings are computed once per paragraph text and cached, so after
// an edit only the edited paragraph is tokenized again; a query is then one map lookup per reading.
import { tokenize } from '../../shared/hebrew/tokenize';
import { normalizeWord } from '../../shared/hebrew/normalize';
import { prefixReadings } from '../../shared/hebrew/prefixes';

export interface Occurrence {
  readonly paragraph: number;
  /** The whole word, prefix included. */
  readonly start: number;
  readonly end: number;
  readonly prefix: string;
  readonly articleRestored?: boolean;
  /** Which of the wanted spellings this is (as given by the caller). */
  readonly spelling: string;
}

interface Reading {
  readonly prefix: string;
  readonly stem: string;
  readonly articleRestored: boolean;
}

interface WordReadings {
  readonly start: number;
  readonly end: number;
  readonly readings: readonly Reading[];
}

const cache = new Map<string, readonly WordReadings[]>();
const maxCachedParagraphs = 20_000;

function wordsOf(text: string): readonly WordReadings[] {
  const cached = cache.get(text);
  if (cached) return cached;
  const words: WordReadings[] = [];
  for (const token of tokenize(text)) {
    if (token.kind !== 'hebrew') continue;
    const readings = prefixReadings(token.text).map((r) => ({
      prefix: r.prefix,
      stem: normalizeWord(r.stem),
      articleRestored: r.articleRestored === true,
    }));
    words.push({ start: token.start, end: token.end, readings });
  }
  if (cache.size >= maxCachedParagraphs) cache.clear();
  cache.set(text, words);
  return words;
}

type Hit = Omit<Occurrence, 'paragraph'> & { readonly group: number };

// The hits of the last set of spellings asked for, per paragraph text: while the set stays the same
// (the reviewer is typing), only the edited paragraph is matched again.
let lastKey = '';
let hitsByText = new Map<string, readonly Hit[]>();
// And the occurrence objects built last time per paragraph index, reused while its text is the same,
// so a keystroke allocates nothing for the other paragraphs.
let lastRows: { text: string; occurrences: readonly (Occurrence & { group: number })[] }[] = [];
// The last answer: returned again, as the same arrays, while no paragraph's occurrences moved (typing
// that does not touch a name), so views memoized on it (variant clusters, their marks) stay put.
let lastResult: Occurrence[][] | null = null;

/** A spelling of several words (בת ים, אל תאני): its later words, after the first one's stem. */
interface MultiWord {
  readonly rest: readonly string[];
  readonly group: number;
  readonly spelling: string;
}

/** The multi-word spelling that starts at word `k` with stem `stem`, and the index of its last word. */
function multiWordAt(
  text: string,
  words: readonly WordReadings[],
  k: number,
  candidates: readonly MultiWord[] | undefined,
): { multi: MultiWord; last: number } | undefined {
  for (const multi of candidates ?? []) {
    const last = k + multi.rest.length;
    if (last >= words.length) continue;
    const fits = multi.rest.every((part, n) => {
      const before = words[k + n] as WordReadings;
      const word = words[k + n + 1] as WordReadings;
      return word.readings[0]?.stem === part && text.slice(before.end, word.start).trim() === '';
    });
    if (fits) return { multi, last };
  }
  return undefined;
}

function hitsIn(text: string, { wanted, multiWords }: Wanted): readonly Hit[] {
  const hits: Hit[] = [];
  const words = wordsOf(text);
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as WordReadings;
    for (const r of word.readings) {
      const found = multiWordAt(text, words, k, multiWords.get(r.stem));
      const hit = found?.multi ?? wanted.get(r.stem);
      if (!hit) continue;
      hits.push({
        group: hit.group,
        start: word.start,
        end: found ? (words[found.last] as WordReadings).end : word.end,
        prefix: r.prefix,
        spelling: hit.spelling,
        ...(r.articleRestored ? { articleRestored: true } : {}),
      });
      if (found) k = found.last;
      break;
    }
  }
  return hits;
}

interface Wanted {
  readonly wanted: ReadonlyMap<string, { group: number; spelling: string }>;
  /** Multi-word spellings by the stem of their first word, longest first. */
  readonly multiWords: ReadonlyMap<string, readonly MultiWord[]>;
  readonly key: string;
}

// Per list of groups: variant clusters pass the same list on every keystroke until the findings
// change, so the spellings are normalised and keyed once, not per keystroke.
const wantedCache = new WeakMap<readonly (readonly string[])[], Wanted>();

function wantedOf(groups: readonly (readonly string[])[]): Wanted {
  const cached = wantedCache.get(groups);
  if (cached) return cached;
  const wanted = new Map<string, { group: number; spelling: string }>();
  groups.forEach((spellings, group) => {
    for (const s of spellings) {
      const norm = normalizeWord(s.trim());
      if (norm !== '' && !wanted.has(norm)) wanted.set(norm, { group, spelling: s });
    }
  });
  const key = [...wanted].map(([norm, w]) => `${norm}\u0001${w.group}\u0001${w.spelling}`).join('\u0000');
  const multiWords = new Map<string, MultiWord[]>();
  for (const [norm, w] of wanted) {
    const [first, ...rest] = norm.split(/\s+/);
    if (rest.length === 0 || first === undefined) continue;
    const list = multiWords.get(first) ?? [];
    list.push({ rest, group: w.group, spelling: w.spelling });
    list.sort((a, b) => b.rest.length - a.rest.length);
    multiWords.set(first, list);
  }
  const result = { wanted, multiWords, key };
  wantedCache.set(groups, result);
  return result;
}

/** Occurrences of many groups of spellings in one pass: result[i] belongs to groups[i]. */
export function findOccurrenceGroups(
  target: readonly string[],
  groups: readonly (readonly string[])[],
): Occurrence[][] {
  const wantedSet = wantedOf(groups);
  const { wanted, key } = wantedSet;
  const result: Occurrence[][] = groups.map(() => []);
  if (wanted.size === 0) return result;
  if (key !== lastKey || hitsByText.size > maxCachedParagraphs) {
    lastKey = key;
    hitsByText = new Map();
    lastRows = [];
    lastResult = null;
  }
  let moved = lastRows.length !== target.length;
  const rows = target.map((text, paragraph) => {
    const last = lastRows[paragraph];
    if (last && last.text === text) return last;
    let hits = hitsByText.get(text);
    if (!hits) {
      hits = hitsIn(text, wantedSet);
      hitsByText.set(text, hits);
    }
    if (last && sameHits(last.occurrences, hits)) return { text, occurrences: last.occurrences };
    moved = true;
    return { text, occurrences: hits.map((hit) => ({ ...hit, paragraph })) };
  });
  lastRows = rows;
  if (!moved && lastResult && lastResult.length === groups.length) return lastResult;
  for (const row of rows) for (const o of row.occurrences) (result[o.group] as Occurrence[]).push(o);
  lastResult = result;
  return result;
}

function sameHits(built: readonly Hit[], hits: readonly Hit[]): boolean {
  return (
    built.length === hits.length &&
    built.every((a, i) => {
      const b = hits[i] as Hit;
      return (
        a.group === b.group &&
        a.start === b.start &&
        a.end === b.end &&
        a.prefix === b.prefix &&
        a.spelling === b.spelling &&
        a.articleRestored === b.articleRestored
      );
    })
  );
}

export function findOccurrences(target: readonly string[], spellings: readonly string[]): Occurrence[] {
  return findOccurrenceGroups(target, [spellings])[0] as Occurrence[];
}
