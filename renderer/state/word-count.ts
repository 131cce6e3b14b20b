// Word counts for the progress line: Intl.Segmenter word segments that are words (isWordLike), so
// Hebrew with its clitic prefixes (ברסטן, one word) and English count the way a reader counts them.
const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, s);
  }
  return s;
}

const cache = new WeakMap<readonly string[], number>();
// Per paragraph too: after a keystroke only the edited paragraph is segmented again.
const perParagraph = new Map<string, Map<string, number>>();

export function countWordsIn(text: string, language = 'he'): number {
  let n = 0;
  for (const segment of segmenter(language).segment(text)) if (segment.isWordLike) n++;
  return n;
}

/** Total words of a list of paragraphs; cached per (immutable) list, so re-renders cost nothing. */
export function countWords(paragraphs: readonly string[], language = 'he'): number {
  const cached = cache.get(paragraphs);
  if (cached !== undefined) return cached;
  let counts = perParagraph.get(language);
  if (!counts || counts.size > 50_000) {
    counts = new Map();
    perParagraph.set(language, counts);
  }
  let total = 0;
  for (const p of paragraphs) {
    let n = counts.get(p);
    if (n === undefined) {
      n = countWordsIn(p, language);
      counts.set(p, n);
    }
    total += n;
  }
  cache.set(paragraphs, total);
  return total;
}
