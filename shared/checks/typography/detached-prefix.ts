// A prefix letter typed apart from its word (ל ירושלים, ב עברית, ה תסריט, ו כתב): Hebrew never writes
// ו ה ב כ ל מ ש as a word of their own, so a lone one before a word is a space typed too soon, a slip a
// reader notices and a tired editor reads past. The real news this project measures on has it about
// once in 2,000 words (QA-CHECKS.md, twenty-sixth session). The fix joins the letter to its word, or
// drops an article typed before a word that has one.
//
// A letter stands alone on purpose as a label or a numeral (כיתה ב, סעיף ה, האות ו, המאה ה ט, 100 מ):
// after a noun that takes a label, after a number, or before another lone letter, it is left alone.
import { isHebrewLetterCode } from '../../hebrew/letters';
import { prefixReadings } from '../../hebrew/prefixes';
import type { RuleHit } from './rule';

const PREFIX_LETTERS = 'ובכלמשה';

/** Nouns a letter follows as a label or an ordinal (כיתה ב, סעיף ה, ליגה ג, ויטמין ב). */
const LABEL_NOUNS: ReadonlySet<string> = new Set(
  (
    'אות כיתה סעיף פרק שלב חלק עמוד נספח תוספת מחלקה ליגה טור שורה גרסה טופס דרגה סוג קבוצה בניין ' +
    'אגף כניסה קומה כרך מהדורה ויטמין תת דירה מגרש גוש שער אולם רחבה טבלה ציר תרשים'
  ).split(' '),
);

/** The piece of text before the space at `space` (back to the previous space). */
function pieceBefore(text: string, space: number): string {
  return text.slice(text.lastIndexOf(' ', space - 1) + 1, space);
}

/** A noun that takes a label, as it stands or after its prefixes (בכיתה, ובסעיף, האות). */
function isLabelNoun(piece: string): boolean {
  return LABEL_NOUNS.has(piece) || prefixReadings(piece).some((r) => LABEL_NOUNS.has(r.stem));
}

/** The letters (and points) of the word starting at `from`: where it ends. */
function wordEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    // Hebrew letters, points and marks (U+0591–U+05F4), and the ASCII quotes of an acronym (צה"ל).
    if ((code >= 0x0591 && code <= 0x05f4) || code === 0x22 || code === 0x27) end++;
    else break;
  }
  while (end > from && /["']/.test(text[end - 1] as string)) end--;
  return end;
}

/** Lone prefix letters followed by a space and a Hebrew word, each with the joined word as its fix. */
export function detachedPrefixes(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (let space = text.indexOf(' ', 1); space > 0; space = text.indexOf(' ', space + 1)) {
    const letter = text[space - 1] as string;
    if (!PREFIX_LETTERS.includes(letter)) continue;
    const start = space - 1;
    if (start > 0 && !/\s/.test(text[start - 1] as string)) continue;
    if (!isHebrewLetterCode(text.charCodeAt(space + 1))) continue;
    const end = wordEnd(text, space + 1);
    if (end - (space + 1) < 2 || !isHebrewLetterCode(text.charCodeAt(space + 2))) continue;
    if (start > 0) {
      const before = pieceBefore(text, start - 1);
      if (/\d$/.test(before) || isLabelNoun(before)) continue;
    }
    const word = text.slice(space + 1, end);
    // ה before a word that has its article (ה הרשות) is a letter typed twice: the fix drops it. ב כ ל
    // before the article take its place (ב העיר → בעיר), unless the ה is the word's own (ב הרצליה), so
    // both are offered, the plain join first.
    const fixes =
      letter === 'ה' && word.startsWith('ה')
        ? [word]
        : 'בכל'.includes(letter) && word.startsWith('ה')
          ? [letter + word, letter + word.slice(1)]
          : [letter + word];
    hits.push({
      start,
      end,
      severity: 'warning',
      key: 'typography-detached-prefix',
      params: { letter, word },
      replacements: fixes,
    });
  }
  return hits;
}
