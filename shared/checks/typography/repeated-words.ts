// A word typed twice in a row (כי כי, של של, לדון לדון): a slip a reader notices at once and a tired
// editor reads past, as in the real news this project measures on (QA-CHECKS.md, twelfth session). The
// Arabic article typed apart and then again joined to its word (אל אל־ג׳ולאני) is the same slip. Only
// words of the hand-written Hebrew list are read so: an Arabic name may repeat a name on purpose
// (מוחמד מוחמד מורסי, דרוויש דרוויש). Hebrew doubles some words on purpose too, and those are left
// alone: סוף סוף ("at last"), לאט לאט, יום יום, one by one (אחד אחד), עם עם ("with the people"),
// and the like. The fix keeps one copy.
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
  ]
    .join(' ')
    .split(' '),
);

const ARTICLES: ReadonlySet<string> = new Set(['אל', 'א']);

/**
 * Marks that make a letter run part of a longer token: a geresh, an acronym's gershayim, a maqaf
 * compound, or a point of nikud (a pointed word's letters are runs between its points).
 */
function isJoining(char: string): boolean {
  const code = char.charCodeAt(0);
  return `'"׳״’-`.includes(char) || (code >= 0x0591 && code <= 0x05c7);
}

/** True when the code units of text[a, a+length) and text[b, b+length) are the same. */
function sameRun(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

export function repeatedWords(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  let previousStart = -1;
  let previousEnd = -1;
  let i = 0;
  while (i < text.length) {
    if (!isHebrewLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isHebrewLetterCode(text.charCodeAt(i))) i++;
    const end = i;
    const length = end - start;
    if (
      previousStart >= 0 &&
      previousEnd - previousStart === length &&
      /^ +$/.test(text.slice(previousEnd, start)) &&
      sameRun(text, previousStart, start, length) &&
      !isJoining(text[previousStart - 1] ?? ' ')
    ) {
      const word = text.slice(start, end);
      const next = text[end] ?? '';
      const whole = !isJoining(next || ' ') && !REDUPLICATED.has(word) && isCommonByWrittenList(word);
      // אל אל־ג׳ולאני: the article apart, then joined to the name by a maqaf or hyphen.
      const article = ARTICLES.has(word) && /[\u05BE-]/.test(next);
      if (whole || article)
        hits.push({
          start: previousStart,
          end,
          severity: 'warning',
          key: 'typography-repeated-word',
          params: { word },
          replacements: [word],
        });
    }
    previousStart = start;
    previousEnd = end;
  }
  return hits;
}
