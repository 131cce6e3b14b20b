// A people's adjective in the plural written both ways after plural nouns (כוחות כורדים / הכוחות
// הכורדיים, לוחמים כורדים / מורדים כורדיים). Hebrew allows both -ים and -יים for such an adjective (the
// Academy's form for things is -יים; for people -ים is accepted too), so neither spelling is wrong, but
// an article that writes one adjective two ways after nouns of one kind is what an editor keeps to one.
// The same word alone is often the people's noun (הכורדים, "the Kurds"), written -ים only, and after a
// number word it is the noun too (אלפי כורדים), so only uses right after a plural noun are compared,
// and only after nouns of one plural ending (-ים or -ות), as people's nouns mostly end in -ים; the
// article on or off (one adjective after a definite and an indefinite noun). Reported as a word written
// two accepted ways; the spelling used more often after those nouns is kept, -יים on a tie.
import type { Finding } from '../../model/finding';
import { isCommonWord, isLexiconWord } from '../../hebrew/lexicon';
import { isMaqafLikeCode, withFinalForm } from '../../hebrew/letters';
import { prefixReadings } from '../../hebrew/prefixes';
import { wordBefore } from './name-cues';
import { earlierAt, pairFinding, type SpellingPair } from './pair-finding';
import type { NameDocument } from './stem-use';

/** Plural nouns that count or measure: the word after them is the people's noun (אלפי כורדים). */
const QUANTITIES: ReadonlySet<string> = new Set(
  'מאות אלפי אלפים עשרות רבבות מיליוני מיליונים מאות־אלפי עשרות־אלפי מספר'.split(' '),
);

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

/** A plural noun: an ending of the plural and not a number word. */
function isPluralNoun(word: string): boolean {
  return word.length >= 4 && /(?:ים|ות)$/.test(word) && !QUANTITIES.has(word);
}

interface Use {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  /** The word as written, its article on (הכורדים). */
  readonly type: string;
  /** The plural ending of the noun before it (ים, ות). */
  readonly nounEnding: string;
}

/** The uses of `type` right after a plural noun. */
function usesAfterNouns(doc: NameDocument, type: string): Use[] {
  const uses: Use[] = [];
  for (const paragraph of doc.stats.paragraphsOf(type)) {
    const text = doc.stats.paragraphs[paragraph]?.text ?? '';
    for (const { start, end } of doc.stats.occurrences(paragraph, type)) {
      // The last word of a compound is no noun the adjective follows (מלחמת ששת־הימים הערבים: the Arabs).
      const { word: noun, before } = wordBefore(text, start);
      if (isPluralNoun(noun) && !isMaqafLikeCode(before.charCodeAt(0)))
        uses.push({ paragraph, start, end, type, nounEnding: noun.slice(-2) });
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
    // A people's adjective: its singular (כורדי, הכורדי) or feminine is a word.
    if (!bases.some((b) => isCommonWord(b + 'י') || isCommonWord(b + 'ית'))) continue;
    if (bases.some(isOnAdjective)) continue;
    families.set(bare, types);
  }
  if (families.size === 0) return [];
  doc.stats.trackParagraphs([...families.values()].flat());
  const findings: Finding[] = [];
  const reported = earlierAt(earlier);
  const made = new Set<string>();
  for (const [bare, types] of families) {
    const uses = types.flatMap((t) => usesAfterNouns(doc, t));
    // After nouns of one plural ending only: the Academy writes -יים after things and accepts -ים after
    // people, whose nouns mostly end in -ים (לוחמים כורדים beside הכוחות הכורדיים is no slip), so a
    // masculine noun's adjective is compared with another's, a feminine noun's with another's.
    for (const nounEnding of ['ים', 'ות']) {
      const after = uses.filter((u) => u.nounEnding === nounEnding);
      const longs = after.filter((u) => u.type.endsWith(LONG));
      const shorts = after.filter((u) => !u.type.endsWith(LONG));
      if (longs.length === 0 || shorts.length === 0) continue;
      const [wrong, ending, cut] =
        shorts.length > longs.length ? [longs, SHORT, LONG.length] : [shorts, LONG, SHORT.length];
      for (const u of wrong) {
        const at = `${u.paragraph}:${u.start}`;
        if (reported(u.paragraph, u.start) || made.has(at)) continue;
        made.add(at);
        // The spellings without the article, as the cluster's variants are listed; the fix keeps it.
        const pair: SpellingPair = {
          kind: 'plural',
          preferred: bare + ending,
          found: bare + (ending === LONG ? SHORT : LONG),
          count: Math.max(longs.length, shorts.length),
          key: 'spelling-way',
          // One id whichever spelling is preferred, so the cluster keeps it when the counts tip.
          idParts: ['plural', bare, nounEnding],
        };
        findings.push(pairFinding(doc, pair, u.paragraph, u.start, u.end, u.type.slice(0, -cut) + ending));
      }
    }
  }
  return findings;
}
