// A name of two parts written with a maqaf in one place and as two words in another, one of its parts
// also spelled another way (נגורנו־קרבאך / נגורנו קארבאך, בינת־ג׳ביל / בינת ג׳בייל, אל־פחם / אל
// פאחם): compounds.ts finds the two writings of one spelling by their letters; this finds the two words
// beside a joined spelling whose one part is the same and whose other is a spelling of the same name
// (the alternation table, variants.ts). A shared part other than the article is the name word beside
// both, so a pair the table joins only beside one (Far, ShortPlene) is one name here too; the article
// is no name word, so after it the table's own threshold holds.
import { MAQAF } from '../../hebrew/letters';
import { NEEDS_NAME_WORD, areNameVariants, parseName } from '../../hebrew/variants';
import { rememberedPerKey } from '../../memo/remembered';
import type { NameDocument } from './stem-use';

/** Two words of the document that write a joined spelling's parts (`firstStem` after `prefix`). */
export interface SpacedVariant {
  readonly first: string;
  readonly second: string;
  readonly count: number;
  readonly prefix: string;
  readonly firstStem: string;
}

/** The Arabic article as a part of its own (אל־פחם, א־שעב). */
const isArticle = (part: string) => part === 'אל' || part === 'א';

/** The fewest letters of each part: shorter parts are one change from too many words. */
const MIN_PART = 3;

/**
 * The two parts of a spelling with one maqaf between words of MIN_PART letters, or between the
 * Arabic article and such a word (אל־פחם beside אל פאחם: the article written apart and the name with
 * its א; the article alone is a part too short to be spelled another way), or between a two-letter head
 * of place names and such a word (תל־סולטאן beside תל א־סולטאן), which is only ever matched as written.
 */
function partsOf(stem: string): readonly [string, string] | undefined {
  const parts = stem.split(MAQAF);
  if (parts.length !== 2) return undefined;
  const [first, second] = parts as [string, string];
  if (second.length < MIN_PART) return undefined;
  if (!isArticle(first) && first.length < MIN_PART && !SHORT_HEADS.has(first)) return undefined;
  return [first, second];
}

/**
 * Heads of place names of two letters (תל, "mound"; עין, ראס, דיר have three). Not any two letters:
 * particles take a maqaf too (אי־ודאות / אי וודאות is Hebrew spelling, not a name).
 */
const SHORT_HEADS: ReadonlySet<string> = new Set(['תל']);

const sameName: (pair: string) => boolean = rememberedPerKey(50_000, (pair: string) => {
  const [a, b, beside] = pair.split('\u0000') as [string, string, string];
  if (a === b) return false;
  const result = areNameVariants(parseName(a), parseName(b));
  return result !== null && (beside === 'name' || (result.kinds & NEEDS_NAME_WORD) === 0);
});

/** `besideName`: the shared part is a name word, which a pair that needs one (Far, ShortPlene) asks for. */
const spellsSameName = (a: string, b: string, besideName: boolean) => {
  const beside = besideName ? 'name' : 'article';
  return sameName(a < b ? `${a}\u0000${b}\u0000${beside}` : `${b}\u0000${a}\u0000${beside}`);
};

/**
 * The adjacent words that write `joined` with one part spelled another way. `read` collects the words
 * and stems the answer depends on: the words of either part, whose neighbours were looked at.
 */
export function spacedVariants(doc: NameDocument, joined: string, read: string[]): SpacedVariant[] {
  const parts = partsOf(joined);
  if (!parts) return [];
  const [head, tail] = parts;
  read.push(head, tail);
  const found: SpacedVariant[] = [];
  // The first part as written, the second another way (נגורנו קארבאך).
  for (const first of doc.uses.get(head)?.types ?? []) {
    read.push(first);
    const prefix = doc.readingOf(first).prefix;
    for (const [second, count] of doc.stats.next.get(first) ?? []) {
      const reading = doc.readingOf(second);
      if (reading.prefix === '' && spellsSameName(tail, reading.stem, !isArticle(head)))
        found.push({ first, second, count, prefix, firstStem: head });
    }
  }
  // The second part as written, the first another way (בינת ג׳בייל beside בינת־ג׳ביל is the first case);
  // a two-letter head is one change from too many words to be spelled another way.
  if (head.length < MIN_PART && !isArticle(head)) return found;
  for (const second of doc.uses.get(tail)?.types ?? []) {
    if (doc.readingOf(second).prefix !== '') continue;
    read.push(second);
    for (const [first, count] of doc.stats.prev.get(second) ?? []) {
      const reading = doc.readingOf(first);
      if (spellsSameName(head, reading.stem, true))
        found.push({ first, second, count, prefix: reading.prefix, firstStem: reading.stem });
    }
  }
  return found;
}
