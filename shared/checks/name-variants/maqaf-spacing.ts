// A compound written with a maqaf in one place and with a space in another (בת־ים / בת ים, פתח־תקווה /
// פתח תקווה; HEBREW.md §6 row 17). compounds.ts pairs a name written as one word with its two parts
// when a part is a name; here both parts may be ordinary words, as in most Hebrew place names, so each
// maqaf word whose parts the document also writes on their own is looked for spelt with a space.
// Either form may carry a prefix (בניו יורק beside ניו־יורק): a compound is counted over all its
// prefixed writings, and each fix keeps its word's prefix. The commoner form is kept, the spaced one
// on a tie (as compounds.ts). Reported under the "keep to one spelling" message, since the compound
// need not be a name (רב־קומות is a word). An ordinary compound of the dictionary (משא־ומתן, בית־המשפט;
// hebrew/common-compounds.ts) is a word's form, reported under word-forms.
import type { Finding } from '../../model/finding';
import { MAQAF } from '../../hebrew/letters';
import { isCommonCompound } from '../../hebrew/common-compounds';
import { isLexiconWord } from '../../hebrew/lexicon';
import { PREFIXES, attachPrefix, prefixReadings } from '../../hebrew/prefixes';
import { rememberedPerKey } from '../../memo/remembered';
import { isDetachedArticle } from './name-cues';
import { earlierAt, pairFinding, type SpellingPair } from './pair-finding';
import type { NameDocument } from './stem-use';

/**
 * Words before a maqaf that make Hebrew compounds of grammar rather than names (על־ידי, אי־אפשר, בלתי־נמנע,
 * רב־קומות, חד־פעמי, בין־לאומי, תת־קרקעי, אנטי־ממשלתי) and of ranks (אלוף־משנה, סגן־אלוף): writers mix
 * maqaf and space in these all the time, and they would bury the names (LESSONS.md 10).
 */
const PARTICLES: ReadonlySet<string> = new Set(
  [
    'על אי תת חד דו רב תלת בין לא בלתי כל פי את עם אחר קדם טרום חצי מעין כלל אנטי פוסט ניאו פרו סמי מיני',
    'אלוף סגן',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Compass points: two of them make a direction (צפון־מזרח, צפון־מערבי), written either way, but one
 * before a place is a name (צפון־אפריקה / צפון אפריקה, דרום־לבנון).
 */
const COMPASS: ReadonlySet<string> = new Set(['צפון', 'דרום', 'מזרח', 'מערב']);
const COMPASS_ADJECTIVE = /^(?:צפונ|דרומ|מזרח|מערב)(?:י|ית|יים|יות)$/;

/**
 * Months and days: two of them joined make a range (נובמבר־דצמבר, ראשון־שני), its maqaf a dash, and
 * spaced they are two dates; no name.
 */
const CALENDAR: ReadonlySet<string> = new Set(
  [
    'ינואר פברואר מרץ מרס אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר',
    'תשרי חשוון חשון כסלו טבת שבט אדר ניסן אייר סיון סיוון תמוז אב אלול',
    'ראשון שני שלישי רביעי חמישי שישי שבת',
  ]
    .join(' ')
    .split(' '),
);

/** Two adjectives joined (הערבי־ישראלי, האמריקאי־איראני): a compound of grammar, not a name. */
const ADJECTIVE = /(?:י|ית|יים|יות)$/;

/** A part of two letters or more, a geresh allowed (אבו־ג׳נין); no digits, Latin or lone prefix (ב־2024). */
const HEBREW_PART = /^[\u05D0-\u05EA][\u05D0-\u05EA׳]+$/;

/** A maqaf compound, without a prefix, and how the document writes it both ways. */
interface Compound {
  /** The compound without a prefix (ניו־יורק). */
  readonly base: string;
  readonly left: string;
  /** The parts after the first (יורק; בי, סי of בי־בי־סי), each a word the document writes alone. */
  readonly rest: readonly string[];
  /** The maqaf words that write it, each with its prefix (ניו־יורק '', בניו־יורק ב). */
  readonly joined: { readonly type: string; readonly prefix: string }[];
  /** The words that write `left` alone or after a prefix (ניו, בניו): the spaced form may carry one. */
  readonly lefts: readonly string[];
}

/** A maqaf word whose first part is a particle of grammar (בלתי־נמנעת, על־ידי): no name. */
export function startsWithParticle(word: string): boolean {
  const [first, second = ''] = word.split(MAQAF) as [string, ...string[]];
  return prefixReadings(first).some(
    (r) =>
      PARTICLES.has(r.stem) ||
      (COMPASS.has(r.stem) &&
        prefixReadings(second).some((q) => COMPASS.has(q.stem) || COMPASS_ADJECTIVE.test(q.stem))),
  );
}

/** A split: the first word as written, maybe with a prefix, then the parts after it. */
type Split = readonly [string, ...string[]];

/**
 * The ways a maqaf word may split into words (its first part no article, particle or adjective pair):
 * at each maqaf into two, and, for three parts or more, into all of them (בי־בי־סי / בי בי סי, בטן־אל־
 * הווא / בטן אל הווא). A fact of the word, remembered across re-checks; an empty list for most maqaf
 * words.
 */
const candidateSplits: (type: string) => readonly Split[] = rememberedPerKey(100_000, (type) => {
  const parts = type.split(MAQAF);
  if (parts.length < 2 || !parts.every((p) => HEBREW_PART.test(p))) return [];
  const first = parts[0] as string;
  // The article before a name is compounds.ts's (אל־ג׳זירה / אל ג׳זירה); a particle is grammar.
  if (isDetachedArticle(first) || startsWithParticle(type)) return [];
  // Three letters or more: a letter's name (בי, סי of בי־בי־סי) ends in י too.
  if (parts.every((p) => p.length >= 3 && ADJECTIVE.test(p))) return [];
  if (parts.every((p) => prefixReadings(p).some((r) => CALENDAR.has(r.stem)))) return [];
  const splits: Split[] = parts
    .slice(1)
    .map((_, k) => [parts.slice(0, k + 1).join(MAQAF), parts.slice(k + 1).join(MAQAF)]);
  if (parts.length > 2) splits.push([first, ...parts.slice(1)]);
  return splits;
});

/**
 * The compounds a maqaf word writes whose two parts the document also writes on their own, the first
 * maybe after a prefix (ניו־יורק beside בניו יורק). A maqaf word with a prefix (בניו־יורק) joins its
 * compound without it when the document writes that compound or its first part so, or its first part
 * after another prefix (שקריית־גת beside בקריית גת).
 */
function compoundsOf(doc: NameDocument, type: string, byBase: Map<string, Compound>): void {
  for (const [written, ...rest] of candidateSplits(type)) {
    if (!rest.every((part) => doc.stats.typeCount.has(part))) continue;
    const right = rest.join(MAQAF);
    const reading = prefixReadings(written).find(
      (r) =>
        r.prefix !== '' &&
        !r.articleRestored &&
        HEBREW_PART.test(r.stem) &&
        (doc.stats.typeCount.has(r.stem) ||
          doc.stats.typeCount.has(r.stem + MAQAF + right) ||
          writtenAfterOtherPrefix(doc, r.stem, written)),
    );
    const prefix = reading?.prefix ?? '';
    const left = reading?.stem ?? written;
    const base = left + MAQAF + right;
    let compound = byBase.get(base);
    if (!compound) {
      const lefts = [left, ...prefixedForms(left)].filter((word) => doc.stats.typeCount.has(word));
      if (lefts.length === 0) continue;
      byBase.set(base, (compound = { base, left, rest, joined: [], lefts }));
    }
    compound.joined.push({ type, prefix });
  }
}

/**
 * The document writes `stem` after a prefix other than `written`'s (בקריית beside שקריית־גת): a word
 * of three letters or more, neither form a word of its own (שתי "two" is no ש + תי, כחול "blue" no
 * כ + חול).
 */
function writtenAfterOtherPrefix(doc: NameDocument, stem: string, written: string): boolean {
  if (stem.length < MIN_STEM || isLexiconWord(written)) return false;
  return prefixedForms(stem).some(
    (word) => word !== written && doc.stats.typeCount.has(word) && !isLexiconWord(word),
  );
}

/** The fewest letters of a first part read after a prefix only because another prefix stands on it. */
const MIN_STEM = 3;

/** The words that read as a prefix and `stem` (בניו, וניו for ניו): a fact of the stem, remembered. */
const prefixedForms: (stem: string) => readonly string[] = rememberedPerKey(100_000, (stem) =>
  PREFIXES.map((p) => p + stem).filter((word) =>
    prefixReadings(word).some((r) => r.stem === stem && r.prefix !== '' && !r.articleRestored),
  ),
);

interface SpacedUse {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  /** The prefix on its first word ('' for none). */
  readonly prefix: string;
}

/**
 * Where the document writes `left` and the parts after it with one space between each, a prefix maybe
 * on `left`.
 */
function spacedUses(doc: NameDocument, { left, rest, lefts }: Compound): SpacedUse[] {
  const found: SpacedUse[] = [];
  for (const written of lefts) {
    const prefix = written.slice(0, written.length - left.length);
    for (const paragraph of doc.stats.paragraphsOf(written)) {
      const text = doc.stats.paragraphs[paragraph]?.text ?? '';
      const parts = rest.map((part) => doc.stats.occurrences(paragraph, part));
      if (parts.some((occurrences) => occurrences.length === 0)) continue;
      for (const word of doc.stats.occurrences(paragraph, written)) {
        let end = word.end;
        for (const occurrences of parts) {
          const next = text[end] === ' ' ? occurrences.find((r) => r.start === end + 1) : undefined;
          end = next ? next.end : -1;
          if (!next) break;
        }
        if (end >= 0) found.push({ paragraph, start: word.start, end, prefix });
      }
    }
  }
  return found;
}

/** `earlier`: the name-variant findings made so far; a word one of them points at is not reported again. */
export function maqafSpacingFindings(doc: NameDocument, earlier: readonly Finding[]): Finding[] {
  const byBase = new Map<string, Compound>();
  for (const type of doc.stats.maqafTypes) compoundsOf(doc, type, byBase);
  if (byBase.size === 0) return [];
  const compounds = [...byBase.values()];
  // One pass over the document for every ordinary word asked about, not one for each.
  doc.stats.trackParagraphs(
    compounds.flatMap((c) => [...c.joined.map((j) => j.type), ...c.lefts, ...c.rest]),
  );
  const findings: Finding[] = [];
  const reported = earlierAt(earlier);
  for (const compound of compounds) {
    const spaced = spacedUses(doc, compound);
    if (spaced.length === 0) continue;
    const joinedCount = compound.joined.reduce((n, j) => n + (doc.stats.typeCount.get(j.type) ?? 0), 0);
    const spacedText = [compound.left, ...compound.rest].join(' ');
    const preferSpaced = spaced.length >= joinedCount;
    const pair: SpellingPair = {
      kind: 'spacing',
      preferred: preferSpaced ? spacedText : compound.base,
      found: preferSpaced ? compound.base : spacedText,
      count: preferSpaced ? spaced.length : joinedCount,
      key: 'spelling-way',
      // One id whichever form is preferred, so the cluster keeps it when the counts tip.
      idParts: ['spacing', compound.base],
      wordForm: isCommonCompound([compound.left, ...compound.rest]),
    };
    const report = (paragraph: number, start: number, end: number, replacement: string) => {
      if (!reported(paragraph, start))
        findings.push(pairFinding(doc, pair, paragraph, start, end, replacement));
    };
    if (preferSpaced)
      for (const { type, prefix } of compound.joined)
        for (const paragraph of doc.stats.paragraphsOf(type))
          for (const word of doc.stats.occurrences(paragraph, type))
            report(paragraph, word.start, word.end, attachPrefix(prefix, spacedText));
    else
      for (const use of spaced)
        report(use.paragraph, use.start, use.end, attachPrefix(use.prefix, compound.base));
  }
  return findings;
}
