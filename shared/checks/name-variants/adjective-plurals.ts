// A people's adjective in the plural written both ways after plural nouns (הכוחות הכורדים / הכוחות
// הכורדיים, לוחמים כורדים / מורדים כורדיים). The Academy writes such an adjective -יים after things and
// accepts both -יים and -ים (a noun in apposition, the more usual) after people (hebrew-academy.org.il,
// "יהודים ויהודיים", 2010). So the -ים form after a thing is mended to -יים where the document writes
// that form after a noun too, and after people the way written more often there is kept, -יים on a
// tie: one adjective two ways after people is what an editor keeps to one. The same word alone is
// often the people's noun (הכורדים, "the Kurds"), so only uses right after a noun are compared
// (adjective-nouns.ts), the article on or off.
import { isSpellingCluster, type Finding } from '../../model/finding';
import { isCommonWord, isLexiconWord } from '../../hebrew/lexicon';
import { withFinalForm } from '../../hebrew/letters';
import { prefixReadings } from '../../hebrew/prefixes';
import { nounBefore, type NounBefore } from './adjective-nouns';
import { earlierAt, pairFinding, type SpellingPair } from './pair-finding';
import type { NameDocument } from './stem-use';

/** The fewest letters before the ending: shorter bases make Hebrew pairs (שנים / שניים, "years" / "two"). */
const MIN_BASE = 3;

/**
 * A Hebrew adjective in -ון (ראשון, אחרון, קיצון, חיצון) whose -וני derivative is another word:
 * הראשונים "the first" and הראשוניים "the initial" are two words, not one written two ways. A people's
 * base in -ון is a name, which the word list does not hold (לבנונים / לבנוניים).
 */
function isOnAdjective(base: string): boolean {
  return (
    base.endsWith('ונ') &&
    prefixReadings(withFinalForm(base)).some((r) => r.stem.endsWith('ון') && isLexiconWord(r.stem))
  );
}

interface Use {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  /** The word as written, its article on (הכורדים). */
  readonly type: string;
  /** The noun before it. */
  readonly noun: NounBefore;
}

/** The uses of `type` right after a plural noun or a construct chain it heads. */
function usesAfterNouns(doc: NameDocument, type: string, definite: boolean | undefined): Use[] {
  const uses: Use[] = [];
  for (const paragraph of doc.stats.paragraphsOf(type)) {
    const text = doc.stats.paragraphs[paragraph]?.text ?? '';
    for (const { start, end } of doc.stats.occurrences(paragraph, type)) {
      const noun = nounBefore(text, start, definite);
      if (noun) uses.push({ paragraph, start, end, type, noun });
    }
  }
  return uses;
}

/**
 * The base without the article's ה, which the adjective takes after a definite noun (הכוחות הכורדים)
 * and not after an indefinite one (כוחות כורדיים): one adjective either way. A base that is too short
 * without its ה keeps it (הוד of הודים, Indians).
 */
const bareBase = (base: string) =>
  base.startsWith('ה') && base.length - 1 >= MIN_BASE ? base.slice(1) : base;

const LONG = 'יים';
const SHORT = 'ים';

/**
 * Countries whose own name ends like a people's plural: after a noun in -ות, whose construct looks the
 * same, it is the genitive (גבולות מצרים, "Egypt's borders"); after one in -ים it is the people
 * (החיילים המצרים), as the construct would end in -י (חיילי מצרים).
 */
const COUNTRIES_LIKE_PLURALS: ReadonlySet<string> = new Set(['מצרים']);

/**
 * A people's adjective (the family of `bare`, the article on or off): its singular (כורדי, הכורדי) or
 * feminine is a word, or the document writes one of them (הדרוזית, הצ׳רקסי: peoples the word list
 * lacks), and it is no Hebrew adjective in -ון (isOnAdjective).
 */
function isPeoplesAdjective(doc: NameDocument, bare: string): boolean {
  const bases = [bare, 'ה' + bare];
  return (
    bases.some((b) => [b + 'י', b + 'ית'].some((w) => isCommonWord(w) || doc.stats.typeCount.has(w))) &&
    !bases.some(isOnAdjective)
  );
}

/**
 * Whether `word` of the family of `bare` is looked for after a definite noun: it carries the article;
 * undefined for a base that keeps its ה (הודים), which may be the article.
 */
const definiteOf = (bare: string, word: string) => (bare.startsWith('ה') ? undefined : word.startsWith('ה'));

/**
 * How often the document writes the -יים form of a people's adjective after a noun (the family of
 * `bare`, the article on or off): the evidence on which the -ים form after a thing is mended.
 */
function longUsesAfterNouns(doc: NameDocument, bare: string): number {
  const longs = [bare, 'ה' + bare].map((b) => b + LONG).filter((t) => doc.stats.typeCount.has(t));
  if (longs.length === 0 || !isPeoplesAdjective(doc, bare)) return 0;
  doc.stats.trackParagraphs(longs);
  return longs.reduce((n, t) => n + usesAfterNouns(doc, t, definiteOf(bare, t)).length, 0);
}

/**
 * The earlier findings whose fix would write a people's adjective in -ים after a thing where the
 * document writes its -יים form after a noun (לכוחות האמריקנים, fixed by the dual table to האמריקאים
 * beside הכוחות האמריקאיים): each is replaced by the thing's plural, one fix for both, so that applying
 * it raises no new finding. Only a fix that ends in -ים and keeps the word's ending is looked at.
 */
export function withThingsPlural(doc: NameDocument, earlier: readonly Finding[]): Map<Finding, Finding> {
  const replaced = new Map<Finding, Finding>();
  const evidence = new Map<string, number>();
  for (const f of earlier) {
    const to = f.suggestions[0]?.replacement;
    if (!isSpellingCluster(f) || f.suggestions.length !== 1 || to === undefined) continue;
    if (!to.endsWith(SHORT) || to.endsWith(LONG) || !f.text.endsWith(SHORT) || f.text.endsWith(LONG))
      continue;
    const bare = bareBase(to.slice(0, -SHORT.length));
    if (bare.length < MIN_BASE) continue;
    const text = doc.stats.paragraphs[f.paragraph]?.text ?? '';
    const noun = nounBefore(text, f.start, definiteOf(bare, to));
    if (noun?.kind !== 'thing' || (noun.endsInOt && COUNTRIES_LIKE_PLURALS.has(bare + SHORT))) continue;
    let count = evidence.get(bare);
    if (count === undefined) evidence.set(bare, (count = longUsesAfterNouns(doc, bare)));
    if (count === 0) continue;
    const own = bareBase(f.text.slice(0, -SHORT.length));
    const pair: SpellingPair = {
      kind: 'plural',
      preferred: bare + LONG,
      found: own + SHORT,
      count,
      key: 'adjective-of-things',
      idParts: ['plural', bare, 'things'],
      wordForm: true,
    };
    replaced.set(f, pairFinding(doc, pair, f.paragraph, f.start, f.end, to.slice(0, -SHORT.length) + LONG));
  }
  return replaced;
}

/**
 * A people's adjective in the plural written both ways after plural nouns (כוחות כורדים / לוחמים
 * כורדיים, with or without the article). `earlier`: the name-variant findings made so far; a word one
 * of them points at is not reported again.
 */
export function adjectivePluralFindings(doc: NameDocument, earlier: readonly Finding[]): Finding[] {
  const families = new Map<string, string[]>();
  for (const long of doc.stats.yodYodPluralTypes) {
    const bare = bareBase(long.slice(0, -LONG.length));
    if (bare.length < MIN_BASE || families.has(bare)) continue;
    const bases = [bare, 'ה' + bare];
    const types = bases.flatMap((b) => [b + LONG, b + SHORT]).filter((t) => doc.stats.typeCount.has(t));
    if (!types.some((t) => t.endsWith(LONG)) || !types.some((t) => !t.endsWith(LONG))) continue;
    if (!isPeoplesAdjective(doc, bare)) continue;
    families.set(bare, types);
  }
  if (families.size === 0) return [];
  doc.stats.trackParagraphs([...families.values()].flat());
  const findings: Finding[] = [];
  const reported = earlierAt(earlier);
  const made = new Set<string>();
  const report = (wrong: readonly Use[], pair: SpellingPair) => {
    const cut = pair.preferred.endsWith(LONG) ? SHORT.length : LONG.length;
    const ending = pair.preferred.endsWith(LONG) ? LONG : SHORT;
    for (const u of wrong) {
      const at = `${u.paragraph}:${u.start}`;
      if (reported(u.paragraph, u.start) || made.has(at)) continue;
      made.add(at);
      findings.push(pairFinding(doc, pair, u.paragraph, u.start, u.end, u.type.slice(0, -cut) + ending));
    }
  };
  for (const [bare, types] of families) {
    // A noun in -ות looks the same in the construct, so the country after it is its genitive.
    const country = COUNTRIES_LIKE_PLURALS.has(bare + SHORT);
    const uses = types
      .flatMap((t) => usesAfterNouns(doc, t, definiteOf(bare, t)))
      .filter((u) => !(country && u.noun.endsInOt && !u.type.endsWith(LONG)));
    // The spellings are listed without the article, as the cluster's variants are; the fix keeps it.
    const pairOf = (ending: string, count: number, group: string, key: SpellingPair['key']) => ({
      kind: 'plural',
      preferred: bare + ending,
      found: bare + (ending === LONG ? SHORT : LONG),
      count,
      key,
      // One id whichever spelling is preferred, so the cluster keeps it when the counts tip.
      idParts: ['plural', bare, group],
      // The adjective's plural, not the name's letters: a word's form (model/finding.ts).
      wordForm: true,
    });
    const isLong = (u: Use) => u.type.endsWith(LONG);
    // After things (כוחות, כפרים, מקורות) the Academy writes the adjective only -יים: the -ים form there
    // is mended wherever the document writes the -יים form after a noun (הכוחות הרוסים beside הצארים
    // הרוסיים).
    const thingShorts = uses.filter((u) => u.noun.kind === 'thing' && !isLong(u));
    const allLongs = uses.filter(isLong);
    if (thingShorts.length > 0 && allLongs.length > 0)
      report(thingShorts, pairOf(LONG, allLongs.length, 'things', 'adjective-of-things'));
    // After people the Academy accepts both (לוחמים כורדים, מורדים כורדיים): the way written more often
    // after people is kept, -יים on a tie.
    const longs = uses.filter((u) => u.noun.kind === 'people' && isLong(u));
    const shorts = uses.filter((u) => u.noun.kind === 'people' && !isLong(u));
    if (longs.length === 0 || shorts.length === 0) continue;
    const count = Math.max(longs.length, shorts.length);
    if (shorts.length > longs.length) report(longs, pairOf(SHORT, count, 'people', 'spelling-way'));
    else report(shorts, pairOf(LONG, count, 'people', 'spelling-way'));
  }
  return findings;
}
