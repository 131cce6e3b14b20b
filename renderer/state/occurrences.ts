// Every occurrence of a set of spellings in the translation, whatever clitic prefix is attached
// (shared/hebrew/prefixes) and however geresh/gershayim are typed (shared/hebrew/normalize). Used by
// prefix-aware find and by variant clusters, which must see and rewrite every occurrence of every
// spelling, not only the ones the engine flagged. Results are cached per paragraph text, so after an
// edit only the edited paragraph is tokenized again.
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

type Local = Omit<Occurrence, 'paragraph'>;

const caches = new Map<string, Map<string, readonly Local[]>>();
const maxCachedParagraphs = 50_000;

function inParagraph(text: string, wanted: ReadonlyMap<string, string>): readonly Local[] {
  const found: Local[] = [];
  for (const token of tokenize(text)) {
    if (token.kind !== 'hebrew') continue;
    for (const reading of prefixReadings(token.text)) {
      const spelling = wanted.get(normalizeWord(reading.stem));
      if (spelling === undefined) continue;
      found.push({
        start: token.start,
        end: token.end,
        prefix: reading.prefix,
        spelling,
        ...(reading.articleRestored ? { articleRestored: true } : {}),
      });
      break;
    }
  }
  return found;
}

export function findOccurrences(target: readonly string[], spellings: readonly string[]): Occurrence[] {
  const wanted = new Map<string, string>();
  for (const s of spellings) {
    const norm = normalizeWord(s.trim());
    if (norm !== '' && !wanted.has(norm)) wanted.set(norm, s);
  }
  if (wanted.size === 0) return [];
  const key = [...wanted.keys()].sort().join('\u0000');
  let cache = caches.get(key);
  if (!cache) {
    cache = new Map();
    caches.set(key, cache);
  }
  if (cache.size > maxCachedParagraphs) cache.clear();
  const result: Occurrence[] = [];
  target.forEach((text, paragraph) => {
    let local = cache.get(text);
    if (!local) {
      local = inParagraph(text, wanted);
      cache.set(text, local);
    }
    for (const o of local) result.push({ paragraph, ...o });
  });
  return result;
}
