// A compound written with a maqaf in one place and with a space in another (בת־ים / בת ים, פתח־תקווה /
// פתח תקווה; HEBREW.md §6 row 17). compounds.ts pairs a name written as one word with its two parts
// when a part is a name; here both parts may be ordinary words, as in most Hebrew place names, so each
// maqaf word whose parts the document also writes on their own is looked for spelt with a space.
// The commoner form is kept, the spaced one on a tie (as compounds.ts). Reported under the "keep to one
// spelling" message, since the compound need not be a name (רב־קומות is a word).
import type { Finding } from '../../model/finding';
import { MAQAF } from '../../hebrew/letters';
import { prefixReadings } from '../../hebrew/prefixes';
import { rememberedPerKey } from '../../memo/remembered';
import { isDetachedArticle } from './name-cues';
import { earlierAt, pairFinding, type SpellingPair } from './pair-finding';
import type { NameDocument } from './stem-use';

/**
 * Words before a maqaf that make Hebrew compounds of grammar rather than names (על־ידי, אי־אפשר, בלתי־נמנע,
 * רב־קומות, חד־פעמי, בין־לאומי, תת־קרקעי, אנטי־ממשלתי), of compass points (צפון־מזרח) and of ranks
 * (אלוף־משנה, סגן־אלוף): writers mix maqaf and space in these all the time, and they would bury the
 * names (LESSONS.md 10).
 */
const PARTICLES: ReadonlySet<string> = new Set(
  [
    'על אי תת חד דו רב תלת בין לא בלתי כל פי את עם אחר קדם טרום חצי מעין כלל אנטי פוסט ניאו פרו סמי מיני',
    'צפון דרום מזרח מערב אלוף סגן',
  ]
    .join(' ')
    .split(' '),
);

/** Two adjectives joined (הערבי־ישראלי, האמריקאי־איראני): a compound of grammar, not a name. */
const ADJECTIVE = /(?:י|ית|יים|יות)$/;

/** A part of two letters or more, a geresh allowed (אבו־ג׳נין); no digits, Latin or lone prefix (ב־2024). */
const HEBREW_PART = /^[\u05D0-\u05EA][\u05D0-\u05EA׳]+$/;

interface Split {
  readonly type: string;
  readonly left: string;
  readonly right: string;
}

/**
 * The ways a maqaf word may split into two words (its first part no article, particle or adjective
 * pair): a fact of the word, remembered across re-checks; an empty list for most maqaf words.
 */
/** A maqaf word whose first part is a particle of grammar (בלתי־נמנעת, על־ידי): no name. */
export function startsWithParticle(word: string): boolean {
  const first = word.split(MAQAF)[0] as string;
  return prefixReadings(first).some((r) => PARTICLES.has(r.stem));
}

const candidateSplits: (type: string) => readonly (readonly [string, string])[] = rememberedPerKey(
  100_000,
  (type) => {
    const parts = type.split(MAQAF);
    if (parts.length < 2 || !parts.every((p) => HEBREW_PART.test(p))) return [];
    const first = parts[0] as string;
    // The article before a name is compounds.ts's (אל־ג׳זירה / אל ג׳זירה); a particle is grammar.
    if (isDetachedArticle(first) || startsWithParticle(type)) return [];
    if (parts.every((p) => ADJECTIVE.test(p))) return [];
    return parts
      .slice(1)
      .map((_, k) => [parts.slice(0, k + 1).join(MAQAF), parts.slice(k + 1).join(MAQAF)] as const);
  },
);

/** The ways a maqaf word splits into two words the document also writes on their own. */
function splitsOf(doc: NameDocument, type: string): Split[] {
  const splits: Split[] = [];
  for (const [left, right] of candidateSplits(type))
    if (doc.stats.typeCount.has(left) && doc.stats.typeCount.has(right)) splits.push({ type, left, right });
  return splits;
}

/** Where the document writes `left right` with one space between: paragraph and range of each. */
function spacedUses(
  doc: NameDocument,
  { left, right }: Split,
): { paragraph: number; start: number; end: number }[] {
  const found: { paragraph: number; start: number; end: number }[] = [];
  for (const paragraph of doc.stats.paragraphsOf(left)) {
    const text = doc.stats.paragraphs[paragraph]?.text ?? '';
    const rights = doc.stats.occurrences(paragraph, right);
    if (rights.length === 0) continue;
    for (const word of doc.stats.occurrences(paragraph, left))
      if (text[word.end] === ' ') {
        const after = rights.find((r) => r.start === word.end + 1);
        if (after) found.push({ paragraph, start: word.start, end: after.end });
      }
  }
  return found;
}

/** `earlier`: the name-variant findings made so far; a word one of them points at is not reported again. */
export function maqafSpacingFindings(doc: NameDocument, earlier: readonly Finding[]): Finding[] {
  const splits: Split[] = [];
  for (const type of doc.stats.maqafTypes) for (const split of splitsOf(doc, type)) splits.push(split);
  if (splits.length === 0) return [];
  // One pass over the document for every ordinary word asked about, not one for each.
  doc.stats.trackParagraphs(splits.flatMap((s) => [s.type, s.left, s.right]));
  const findings: Finding[] = [];
  const reported = earlierAt(earlier);
  for (const split of splits) {
    const spaced = spacedUses(doc, split);
    if (spaced.length === 0) continue;
    const joinedCount = doc.stats.typeCount.get(split.type) ?? 0;
    const spacedText = `${split.left} ${split.right}`;
    const preferSpaced = spaced.length >= joinedCount;
    const pair: SpellingPair = {
      kind: 'spacing',
      preferred: preferSpaced ? spacedText : split.type,
      found: preferSpaced ? split.type : spacedText,
      count: preferSpaced ? spaced.length : joinedCount,
      key: 'spelling-way',
      // One id whichever form is preferred, so the cluster keeps it when the counts tip.
      idParts: ['spacing', split.type],
    };
    const report = (paragraph: number, start: number, end: number) => {
      if (!reported(paragraph, start))
        findings.push(pairFinding(doc, pair, paragraph, start, end, pair.preferred));
    };
    if (preferSpaced)
      for (const paragraph of doc.stats.paragraphsOf(split.type))
        for (const word of doc.stats.occurrences(paragraph, split.type))
          report(paragraph, word.start, word.end);
    else for (const use of spaced) report(use.paragraph, use.start, use.end);
  }
  return findings;
}
