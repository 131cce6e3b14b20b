// The article in a name-variants fix: one article only, Hebrew or Arabic. A fix keeps the user's prefix
// before the preferred spelling (report.ts), and the prefix may end in the Hebrew article (השורא)
// while the preferred spelling has the Arabic one (אל־שורא), or the other way round.
import { attachPrefix } from '../../hebrew/prefixes';
import { tokenize } from '../../hebrew/tokenize';
import { isDetachedArticle, wordBefore, wordEndingAt } from './name-cues';
import type { NameDocument, StemUse } from './stem-use';

/** Prefixes after which the Hebrew article is not written (לבית, not להבית). */
const ABSORBS_ARTICLE = /[בכל]$/;

/**
 * A stem whose every use is definite: after the Hebrew article (השורא), or after ב, כ or ל, which
 * swallow it (בשורא). An Arabic article beside it is the other language's article on one name (מועצת
 * השורא / מועצת אל־שורא), so a fix swaps one article for the other rather than dropping it.
 */
export function writtenDefinite(use: StemUse, doc: NameDocument): boolean {
  const prefixes = use.types.map((t) => doc.readingOf(t).prefix);
  return (
    prefixes.some((p) => p.endsWith('ה')) && prefixes.every((p) => p.endsWith('ה') || ABSORBS_ARTICLE.test(p))
  );
}

/**
 * The word right before a use (only a space between: a comma or a quote ends the phrase) is also
 * written right before the preferred spelling: the same noun in construct (מועצת אל־שורא beside מועצת
 * השורא), which needs the article the preferred spelling has. Before another word (את א־שייח׳, after
 * a first name: מוחמד אל־מנפי) the name may be a surname, which Hebrew writes bare.
 */
export function afterSameNoun(text: string, start: number, preferred: StemUse, doc: NameDocument): boolean {
  if (text[start - 1] !== ' ') return false;
  const before = tokenize(text.slice(0, start)).at(-1);
  if (before?.end !== start - 1 || !doc.stats.typeCount.has(before.norm)) return false;
  const noun = doc.readingOf(before.norm).stem;
  return preferred.types.some((type) =>
    [...(doc.stats.prev.get(type)?.keys() ?? [])].some((other) => doc.readingOf(other).stem === noun),
  );
}

/**
 * The fix for one use: the preferred spelling after the user's prefix, one article only. A preferred
 * spelling with the Arabic article takes the place of the Hebrew one (השורא → אל־שורא, not האל־שורא),
 * and one the document writes with the Hebrew article gives it to a use with the Arabic one (אל־שורא →
 * השורא after a noun in construct, ולאל־שורא → ולשורא: ב, כ and ל swallow it): מועצת שורא has neither.
 */
export function withArticleOf(
  prefix: string,
  foundArabicArticle: boolean,
  preferred: string,
  how: { preferredArticle: boolean; hebrewArticle: boolean; articleRestored: boolean },
): string {
  if (how.preferredArticle && prefix.endsWith('ה')) return attachPrefix(prefix.slice(0, -1), preferred);
  if (how.hebrewArticle && foundArabicArticle)
    return attachPrefix(ABSORBS_ARTICLE.test(prefix) ? prefix : prefix + 'ה', preferred);
  return attachPrefix(prefix, preferred, how.articleRestored);
}

/**
 * The detached article right before `start` as typed (אל, א, באל, or אל- with a stray mark before the
 * space), or '' when there is none; not the end of a word joined by a maqaf or a geresh (ב־אל).
 */
export function detachedArticleBefore(text: string, start: number): string {
  // The article typed with a stray geresh before its hyphen (א'-שייח'), which parts it from the word:
  // the fix replaces the marks too.
  if (/[-־]/.test(text[start - 1] ?? '') && /['׳’]/.test(text[start - 2] ?? '')) {
    const typed = wordEndingAt(text, start - 2);
    return typed.word !== '' && !/[\u05BE'׳-]/.test(typed.before) && isDetachedArticle(typed.word)
      ? text.slice(start - 2 - typed.word.length, start)
      : '';
  }
  const { word, before } = wordBefore(text, start);
  if (word !== '') return !/[\u05BE'׳-]/.test(before) && isDetachedArticle(word) ? word : '';
  // The article typed with a hyphen or maqaf and then a space (אל- חותי): the fix replaces the mark too.
  if (text[start - 1] !== ' ' || !/[-־]/.test(text[start - 2] ?? '')) return '';
  const typed = wordEndingAt(text, start - 2);
  return typed.word !== '' && !/[\u05BE'׳-]/.test(typed.before) && isDetachedArticle(typed.word)
    ? text.slice(start - 2 - typed.word.length, start - 1)
    : '';
}
