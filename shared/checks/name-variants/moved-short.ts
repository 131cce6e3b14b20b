// An א moved across one consonant in four letters (כמאל / כאמל) is the Arabic fāʿil/faʿāl pair of two
// names as often as one name written two ways (ראשד/רשאד, Rashid/Rashad; variants.ts MovedShort). Such
// a cluster is one name beside a shared name word (עבאס כמאל / עבאס כאמל; evidence.ts), or when it is a
// person named in full once and by surname elsewhere (surnameOfOneName), or a name the built-in tables
// list beside a word no list knows (tableNameBesideUnknown, known-name-forms.ts).
import { isLexiconWord } from '../../hebrew/lexicon';
import { isNameStem, type NameDocument, type StemUse } from './stem-use';
import { neighbours } from './neighbour-stems';

/**
 * One spelling stands beside a name word (עבאס כאמל) and no other stands beside a different one: a
 * man named in full once and by his surname elsewhere (כמאל אמר). Two spellings beside different name
 * words are two people (חסן רשאד, ראשד ע׳נושי). A spelling after a plural noun in construct names a
 * thing after someone (רקטות קסאם, לוחמי קסאם beside נעים קאסם), not a person.
 */
export function surnameOfOneName(
  members: readonly StemUse[],
  doc: NameDocument,
  canonical: ReadonlyMap<string, string>,
): boolean {
  const nameWords = members.map((m) => {
    const { after, before } = neighbours(m, doc, canonical);
    return [...after, ...before].filter((stem) => isNameStem(doc, stem));
  });
  if (nameWords.every((words) => words.length === 0)) return false;
  for (let i = 0; i < nameWords.length; i++)
    for (let j = i + 1; j < nameWords.length; j++) {
      const [a, b] = [nameWords[i] as string[], nameWords[j] as string[]];
      if (a.length > 0 && b.length > 0 && !a.some((w) => b.includes(w))) return false;
    }
  return !members.some((m, i) => nameWords[i]?.length === 0 && afterPluralConstruct(m, doc));
}

/** A word of the spelling follows a plural noun: -ות, or -י whose -ים form is a word (לוחמי, רקטות). */
function afterPluralConstruct(use: StemUse, doc: NameDocument): boolean {
  return use.types.some((type) =>
    [...(doc.stats.prev.get(type)?.keys() ?? [])].some((word) => {
      const { stem } = doc.readingOf(word);
      if (stem.length < 4) return false;
      return (
        (stem.endsWith('ות') && isLexiconWord(stem)) || (stem.endsWith('י') && isLexiconWord(stem + 'ם'))
      );
    }),
  );
}
