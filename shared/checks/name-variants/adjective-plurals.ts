// A people's adjective in the plural written both ways after the same noun (הכוחות הכורדים / הכוחות
// הכורדיים, כוחות סורים / כוחות סוריים). Hebrew allows both -ים and -יים for such an adjective (the
// Academy's form for things is -יים; for people -ים is accepted too), so neither spelling is wrong, but
// one phrase written two ways in one article is what an editor keeps to one. The same word alone is
// often the people's noun (הכורדים, "the Kurds"), written -ים only, and after a number word it is the
// noun too (אלפי כורדים), so only uses right after one plural noun that stands before both spellings
// are compared. Reported as a word written two accepted ways; the spelling used more often after those
// nouns is kept, -יים on a tie.
import type { Finding } from '../../model/finding';
import { isCommonWord } from '../../hebrew/lexicon';
import { wordBefore } from './name-cues';
import { earlierAt, pairFinding, type SpellingPair } from './pair-finding';
import type { NameDocument } from './stem-use';

/** Plural nouns that count or measure: the word after them is the people's noun (אלפי כורדים). */
const QUANTITIES: ReadonlySet<string> = new Set(
  'מאות אלפי אלפים עשרות רבבות מיליוני מיליונים מאות־אלפי עשרות־אלפי מספר'.split(' '),
);

/** The fewest letters before the ending: shorter bases make Hebrew pairs (שנים / שניים, "years" / "two"). */
const MIN_BASE = 3;

/** A plural noun: an ending of the plural and not a number word. */
function isPluralNoun(word: string): boolean {
  return word.length >= 4 && /(?:ים|ות)$/.test(word) && !QUANTITIES.has(word);
}

interface Use {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly noun: string;
}

/** The uses of `type` right after a plural noun. */
function usesAfterNouns(doc: NameDocument, type: string): Use[] {
  const uses: Use[] = [];
  for (const paragraph of doc.stats.paragraphsOf(type)) {
    const text = doc.stats.paragraphs[paragraph]?.text ?? '';
    for (const { start, end } of doc.stats.occurrences(paragraph, type)) {
      const noun = wordBefore(text, start).word;
      if (isPluralNoun(noun)) uses.push({ paragraph, start, end, noun });
    }
  }
  return uses;
}

/** `earlier`: the name-variant findings made so far; a word one of them points at is not reported again. */
export function adjectivePluralFindings(doc: NameDocument, earlier: readonly Finding[]): Finding[] {
  const pairs: [string, string][] = [];
  for (const long of doc.stats.yodYodPluralTypes) {
    const base = long.slice(0, -3);
    const short = base + 'ים';
    // A people's adjective: its singular (כורדי, הכורדי) or feminine is a word.
    if (base.length < MIN_BASE || !doc.stats.typeCount.has(short)) continue;
    if (!isCommonWord(base + 'י') && !isCommonWord(base + 'ית')) continue;
    pairs.push([long, short]);
  }
  if (pairs.length === 0) return [];
  doc.stats.trackParagraphs(pairs.flat());
  const findings: Finding[] = [];
  const reported = earlierAt(earlier);
  for (const [long, short] of pairs) {
    const longUses = usesAfterNouns(doc, long);
    const shortUses = usesAfterNouns(doc, short);
    const shared = new Set(longUses.map((u) => u.noun).filter((n) => shortUses.some((u) => u.noun === n)));
    if (shared.size === 0) continue;
    const longs = longUses.filter((u) => shared.has(u.noun));
    const shorts = shortUses.filter((u) => shared.has(u.noun));
    const [preferred, found, wrong] =
      shorts.length > longs.length ? [short, long, longs] : [long, short, shorts];
    const pair: SpellingPair = {
      kind: 'plural',
      preferred,
      found,
      count: Math.max(longs.length, shorts.length),
      key: 'spelling-way',
      // One id whichever spelling is preferred, so the cluster keeps it when the counts tip.
      idParts: ['plural', long],
    };
    for (const u of wrong)
      if (!reported(u.paragraph, u.start))
        findings.push(pairFinding(doc, pair, u.paragraph, u.start, u.end, preferred));
  }
  return findings;
}
