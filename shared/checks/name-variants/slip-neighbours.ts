// Whether a typing slip and its right spelling stand beside the same name word (לולה דה סילבה / לולה
// דה סיבלה), for typing-slips.ts. A right spelling may be written thousands of times, and a name's
// slips are asked about on every re-check, so each answer is kept until a word of either spelling
// is edited, re-read or moved: until then the text around their occurrences is the same.
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

/** The answers of `share`, kept per pair of stems between re-checks. */
export class SharedNameWords {
  /** Slip stem → right stem → whether they share a name word. */
  private readonly answers = new Map<string, Map<string, boolean>>();

  /** Drops the answers about `stems` (their words changed); every answer when null (a reset). */
  forget(stems: ReadonlySet<string> | null): void {
    if (stems === null) {
      this.answers.clear();
      return;
    }
    for (const [slip, rights] of this.answers) {
      if (stems.has(slip)) {
        this.answers.delete(slip);
        continue;
      }
      for (const right of rights.keys()) if (stems.has(right)) rights.delete(right);
    }
  }

  /** The two stand beside the same name word on the same side (נרנדרה מודי / נרנדה מודי). */
  share(slip: StemUse, right: StemUse, doc: NameDocument): boolean {
    let rights = this.answers.get(slip.info.stem);
    const known = rights?.get(right.info.stem);
    if (known !== undefined) return known;
    const mine = new Set<string>();
    forEachNameWordBeside(slip, doc, (word) => void mine.add(word));
    const answer = mine.size > 0 && forEachNameWordBeside(right, doc, (word) => mine.has(word));
    if (!rights) this.answers.set(slip.info.stem, (rights = new Map()));
    rights.set(right.info.stem, answer);
    return answer;
  }
}
