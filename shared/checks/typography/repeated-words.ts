// A word typed twice in a row (כי כי, של של, לדון לדון): a slip a reader notices at once and a tired
// editor reads past, as in the real news this project measures on (QA-CHECKS.md, twelfth session). The
// Arabic article typed apart and then again joined to its word (אל אל־ג׳ולאני) is the same slip. Only
// words of the hand-written Hebrew list are read so: an Arabic name may repeat a name on purpose
// (מוחמד מוחמד מורסי, דרוויש דרוויש). Hebrew doubles some words on purpose too, and those are left
// alone: סוף סוף ("at last"), לאט לאט, יום יום, one by one (אחד אחד), עם עם ("with the people"),
// the copula stressed (היא היא היהדות "it is the very"), more and more (ועוד ועוד, המון המון), דרך
// דרך צלאח א־דין ("via the Salah al-Din road"), a participle before its own noun (הם חיים חיים טובים,
// "they live good lives"), and the like. So are the names of Latin letters in an acronym spelled out
// (בי בי סי, BBC; די די טי): the repeat stands beside another letter's name. The fix keeps one copy.
import { isHebrewLetterCode } from '../../hebrew/letters';
import { isCommonByWrittenList } from '../../hebrew/lexicon';
import type { RuleHit } from './rule';

/** Words Hebrew repeats on purpose: adverbs, distributives of time and number, emphasis. */
const REDUPLICATED: ReadonlySet<string> = new Set(
  [
    'סוף מאוד לאט אט מעט קט כן לא ככה נו די בדיוק ממש שוב יחד',
    'יום לילה בוקר ערב שעה דקה רגע שבוע חודש שנה פעם',
    'אחד אחת שניים שתיים שלושה שלוש ארבעה ארבע חמישה חמש',
    'צעד טיפה מילה דף שורה בית קומה זוג קרקע עם לה',
    'הוא היא הם הן עוד ועוד המון הרבה דרך חיים',
  ]
    .join(' ')
    .split(' '),
);

const ARTICLES: ReadonlySet<string> = new Set(['אל', 'א']);

/** The names of Latin letters as Hebrew writes them in an acronym spelled out (בי בי סי, אף בי איי). */
const LETTER_NAMES: ReadonlySet<string> = new Set(
  'אי איי בי סי די אף ג׳י ג׳יי אייץ׳ קיי אל אם אן או פי קיו אר אס טי יו וי אקס וואי זי זד'.split(' '),
);

/** A geresh typed as an apostrophe (ג'י) read as the mark, so a letter's name matches either way. */
const withGeresh = (piece: string) => piece.replace(/['’]/g, '׳');

/** The space-separated piece of text that ends at `at` (the space after it). */
function pieceBefore(text: string, at: number): string {
  return withGeresh(text.slice(text.lastIndexOf(' ', at - 1) + 1, at));
}

/** The space-separated piece of text that starts at `at`, without a closing mark. */
function pieceAfter(text: string, at: number): string {
  const space = text.indexOf(' ', at);
  return withGeresh(text.slice(at, space < 0 ? text.length : space)).replace(/[.,;:!?)]$/, '');
}

/** A letter's name repeated beside another letter's name: an acronym spelled out, not a slip. */
function spelledOutAcronym(text: string, firstStart: number, secondEnd: number, word: string): boolean {
  if (!LETTER_NAMES.has(word)) return false;
  const before = firstStart > 0 ? pieceBefore(text, firstStart - 1) : '';
  const after = secondEnd < text.length && text[secondEnd] === ' ' ? pieceAfter(text, secondEnd + 1) : '';
  return LETTER_NAMES.has(before) || LETTER_NAMES.has(after);
}

/** True when text[from, to) is Hebrew letters only (no points, marks or punctuation). */
function lettersOnly(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isHebrewLetterCode(text.charCodeAt(k))) return false;
  return true;
}

/** True when the code units of text[a, a+length) and text[b, b+length) are the same. */
function sameRun(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/** Punctuation that may close the second copy (כי כי.): it stays where it is. */
const CLOSING = '.,;:!?)';

/**
 * The text is read a space-separated piece at a time (indexOf, no per-letter work for most words): a
 * piece of letters only, followed by one equal to it, or to it and a closing mark, is a repeat.
 */
export function repeatedWords(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  const hit = (start: number, end: number, word: string) =>
    hits.push({
      start,
      end,
      severity: 'warning',
      key: 'typography-repeated-word',
      params: { word },
      replacements: [word],
    });
  let previousStart = -1;
  let previousEnd = -1;
  let from = 0;
  while (from < text.length) {
    let space = text.indexOf(' ', from);
    if (space < 0) space = text.length;
    if (space > from) {
      const length = previousEnd - previousStart;
      if (previousStart >= 0 && space - from >= length && sameRun(text, previousStart, from, length)) {
        const after = from + length;
        const closed = after === space || (after + 1 === space && CLOSING.includes(text[after] as string));
        if (closed && lettersOnly(text, previousStart, previousEnd)) {
          const word = text.slice(from, after);
          if (
            !REDUPLICATED.has(word) &&
            isCommonByWrittenList(word) &&
            !spelledOutAcronym(text, previousStart, after, word)
          )
            hit(previousStart, after, word);
        }
        // אל אל־ג׳ולאני: the article apart, then joined to the name by a maqaf or hyphen.
        else if (ARTICLES.has(text.slice(previousStart, previousEnd)) && /[\u05BE-]/.test(text[after] ?? ''))
          hit(previousStart, after, text.slice(from, after));
      }
      previousStart = from;
      previousEnd = space;
    }
    from = space + 1;
  }
  return hits;
}
