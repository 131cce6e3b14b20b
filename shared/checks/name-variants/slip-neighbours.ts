// Whether a typing slip and its right spelling stand beside the same name word (לולה דה סילבה / לולה
// דה סיבלה), for typing-slips.ts, which keeps each slip's answer between re-checks.
import { isCommonByWrittenList } from '../../hebrew/lexicon';
import { wordAfter, wordBefore } from './name-cues';
import type { NameDocument, StemUse } from './stem-use';

/**
 * Visits the words right before and right after a stem's writings ('<' and '>' mark the side) that no
 * word list knows as Hebrew (names, and words seen only in the news, like דה in לולה דה סילבה), until
 * `visit` returns true; returns whether it did. The visit stops at the first shared word. The text is
 * read, not the word-pair index (doc.stats.prev, next): that keeps only pairs with an unusual word,
 * and a printed spelling and its neighbour (נרנדרה מודי) may both be words the news list knows.
 */
function forEachNameWordBeside(
  use: StemUse,
  doc: NameDocument,
  visit: (word: string) => boolean | void,
): boolean {
  const seen = (side: string, word: string) =>
    word !== '' && !isCommonByWrittenList(word) && visit(side + word) === true;
  for (const type of use.types)
    for (const paragraph of doc.stats.paragraphsOf(type)) {
      const text = doc.stats.paragraphs[paragraph]?.text ?? '';
      for (const { start, end } of doc.stats.occurrences(paragraph, type))
        if (seen('<', wordBefore(text, start).word) || seen('>', wordAfter(text, end))) return true;
    }
  return false;
}

/** The two stand beside the same name word on the same side (נרנדרה מודי / נרנדה מודי). */
export function shareNameWord(slip: StemUse, right: StemUse, doc: NameDocument): boolean {
  const mine = nameWordsBeside(slip, doc);
  return mine.size > 0 && forEachNameWordBeside(right, doc, (word) => mine.has(word));
}

/** The name words right before and after a stem's writings, each marked with its side ('<', '>'). */
export function nameWordsBeside(use: StemUse, doc: NameDocument): Set<string> {
  const words = new Set<string>();
  forEachNameWordBeside(use, doc, (word) => void words.add(word));
  return words;
}
