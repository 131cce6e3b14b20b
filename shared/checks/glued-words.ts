// Glued words: two words typed without the space between them (the seed's חיזבאללהשהתחייבה =
// חיזבאללה + שהתחייבה). Reported under the typography check id with the split as the fix.
//
// A word is split at the first point where both sides are words, and only when the whole is not a
// word itself (not ordinary Hebrew, not written on its own elsewhere in the document or glossary):
//   - a final letter inside a word (ם ן ץ ף ך followed by a letter) ends the first word: Hebrew never
//     writes one mid-word, so only a missing space puts it there;
//   - the first part occurs on its own elsewhere in the document (or is a glossary word) and the second
//     is a word of the lists as written or after one prefix letter, or occurs on its own too;
//   - or, with no help from the document, a long name-like first part (five letters or more, not
//     ordinary Hebrew, not ending in a vowel letter) followed by a long such word (five letters or
//     more) that the hand-written list knows, a name's final ה kept (עוביידה ערבית);
//   - never with the second part starting with ו or י after a regular letter (a vowel letter inside
//     a word). On real news these limits took the check from 61 right of 193 to 60 of 66, and with
//     more batches from 12 of 32 to 14 of 19 (QA-CHECKS.md fix 131).
// Words that occur three times or more are not glued: a writer repeats words, not typos.
import type { Finding } from '../model/finding';
import { isCommonByWrittenList, isCommonWord, isInflectedNewsWord, isLexiconWord } from '../hebrew/lexicon';
import { MAQAF, isFinalForm, isHebrewLetterCode, toRegularForm, withFinalForm } from '../hebrew/letters';
import { normalizeForComparison } from '../hebrew/normalize';
import { isPrefix, prefixReadings } from '../hebrew/prefixes';
import { MATRES, VAV_YOD } from '../hebrew/variants';
import { buildFinding } from './finding-builder';
import { rememberedPerKey } from '../memo/remembered';
import type { Check } from './types';
import { WordStatistics } from './name-variants/statistics';
import { glossaryWords } from './name-variants/glossary-words';
import { isTableNameForm } from './name-variants/known-name-forms';

const MIN_GLUED = 7;
const MIN_PART = 3;
const MIN_UNAIDED_PART = 5;
/** The longest first part after which a word of the lists alone does not make a second word. */
const SHORT_FIRST = 4;

interface Split {
  readonly at: number;
  /** A final letter closes the first part: a certain split. */
  readonly byFinalLetter: boolean;
  readonly firstCommon: boolean;
  readonly secondCommon: boolean;
}

const FINALIZABLE = new Set(['כ', 'מ', 'נ', 'פ', 'צ']);

/** Split points of a word that do not depend on the document (cached per word by the caller). */
export function candidateSplits(word: string): Split[] {
  if (word.length < MIN_GLUED) return [];
  // After a maqaf (אל־פחםערבית), only a final letter inside the last part says where a word ended: the
  // parts before it are a compound's, which the lists do not hold whole.
  let lastMaqaf = -1;
  for (let i = 0; i < word.length; i++) {
    if (word[i] === MAQAF) lastMaqaf = i;
    else if (!isHebrewLetterCode(word.charCodeAt(i))) return [];
  }
  const splits: Split[] = [];
  for (let at = lastMaqaf + 3; at <= word.length - 2; at++) {
    const last = word[at - 1] as string;
    if (isFinalForm(last)) {
      splits.push({ at, byFinalLetter: true, firstCommon: false, secondCommon: false });
      continue;
    }
    if (lastMaqaf >= 0) continue;
    // A typed first word ends in a final letter; a regular כ מ נ פ צ here means we are inside a word.
    if (FINALIZABLE.has(last) || at < MIN_PART || word.length - at < MIN_PART) continue;
    const first = word.slice(0, at);
    const second = word.slice(at);
    splits.push({
      at,
      byFinalLetter: false,
      firstCommon: isCommonWord(first),
      secondCommon: isCommonWord(second),
    });
  }
  return splits;
}

export interface GluedWord {
  readonly first: string;
  readonly second: string;
  /** Offset of the split in the comparison form. */
  readonly at: number;
}

/**
 * The second part is a word as written or after one prefix letter (במסגרת, החוק), not one found only
 * by taking prefixes and suffixes off (לומים as ל + ו + מים, צויות as צו + יות): every long word holds
 * such a "word" at its end (היהלומים is no היה + לומים, התייעצויות no התייע + צויות).
 */
function isWholeWord(part: string): boolean {
  return isLexiconWord(part) || (isPrefix(part.slice(0, 1)) && isLexiconWord(part.slice(1)));
}

/** Where `word` should be split, if it is two glued words, given what the document attests. */
export function gluedSplit(
  word: string,
  splits: readonly Split[],
  attested: (w: string) => boolean,
): GluedWord | undefined {
  if (isCommonWord(word) || isInflectedNewsWord(word) || isTableName(word)) return undefined;
  for (const s of splits) {
    const first = word.slice(0, s.at);
    const second = word.slice(s.at);
    if (s.byFinalLetter) {
      if (first.length >= 2 && second.length >= 2) return { first, second, at: s.at };
      continue;
    }
    // A ו or י after a regular letter is far more often a vowel letter inside one word than the start
    // of a second (דירקטוריון is no דירקט + וריון, העירומים no העיר + ומים).
    if (VAV_YOD.has(second[0] as string)) continue;
    // עבד before the Arabic article or אללה is a theophoric name written as one word (עבדאללה,
    // Abdullah; abd-al-names.ts), not "slave" glued to a word.
    const firstReadings = prefixReadings(first);
    if (second.startsWith('א') && firstReadings.some((r) => r.stem === 'עבד')) continue;
    // A loan prefix Hebrew writes joined to its word (האנטישמיים, פרואיראני): one word.
    if (firstReadings.some((r) => LOAN_PREFIXES.has(r.stem))) continue;
    const firstKnown = attested(first);
    const secondWord = s.secondCommon && isWholeWord(second);
    // A short first part (הקו, לפי, בשר) begins many long words whose tail is a word of the news list
    // (הקולונל, לפינותיה, בשרשרות): after one, the second part must stand on its own in the document
    // too, or be a long word of the hand-written list (לוזה + ערבית).
    const secondEnough =
      first.length > SHORT_FIRST
        ? secondWord
        : secondWord && second.length >= MIN_UNAIDED_PART && isCommonByWrittenList(second);
    if (firstKnown && (secondEnough || attested(second))) return { first, second, at: s.at };
    if (
      !s.firstCommon &&
      secondWord &&
      // With no help from the document the second word must be one the hand-written list knows: the
      // news list holds the tails of loanwords (סילבר־סטיין, דירק־טורים, אריתריאים as הארית־ריאים).
      isCommonByWrittenList(second) &&
      // A vowel letter ends the front of one long word: the combining vowel of a loan compound
      // (גיאו־פוליטי, נוירו־כירורגיה) or a vowel inside a loanword (האופוזי־ציוני), not a glued name.
      !MATRES.has(first[first.length - 1] as string) &&
      first.length >= MIN_UNAIDED_PART &&
      second.length >= MIN_UNAIDED_PART
    )
      return nameEndingInHe(word, s.at) ?? articleOfSecond(first, second) ?? { first, second, at: s.at };
  }
  return undefined;
}

/**
 * A name the built-in tables spell so, alone or after a prefix (חיזבאללה, האירופאים): one word, even
 * where the document writes a piece of it alone (an excerpt cut at חיזבא).
 */
function isTableName(word: string): boolean {
  return prefixReadings(word).some((r) => isTableNameForm(r.stem));
}

/** Loan prefixes Hebrew writes joined to the word they qualify (אנטישמי, פוסטמודרני). */
const LOAN_PREFIXES: ReadonlySet<string> = new Set(
  'אנטי פרו ניאו פוסט סופר מיני מיקרו מקרו פסאודו אולטרה'.split(' '),
);

/**
 * A word glued to the next with its article, the ה read as the first part's last letter (עבריתהבדואים:
 * עברית הבדואים, not עבריתה בדואים): when the first part without that ה is a word of the lists, the ה
 * is the second word's.
 */
function articleOfSecond(first: string, second: string): GluedWord | undefined {
  const bare = first.slice(0, -1);
  if (!first.endsWith('ה') || bare.length < MIN_PART || !isCommonByWrittenList(bare)) return undefined;
  return { first: bare, second: `ה${second}`, at: bare.length };
}

/**
 * A name ending in ה glued to a word, where the ה may be read as the second word's article
 * (עוביידהערבית: עוביידה ערבית, not עובייד הערבית): the name keeps its ה when the word after it is a
 * word without it, as "X (ערבית: …)" writes it.
 */
function nameEndingInHe(word: string, at: number): GluedWord | undefined {
  const second = word.slice(at + 1);
  if (word[at] !== 'ה' || !isLexiconWord(second) || !isCommonByWrittenList(second)) return undefined;
  return { first: word.slice(0, at + 1), second, at: at + 1 };
}

/** A word's candidate splits, remembered per word (shared/memo/remembered.ts). */
const cachedSplits = rememberedPerKey(200_000, candidateSplits);

/**
 * Glued words of one document, kept across re-checks. A word's verdict depends only on whether the
 * words it could be cut into occur (or are glossary words), so it is kept until one of those comes or
 * goes; and only the words that can be cut at all (seven letters or more, not ordinary) are looked at.
 */
export class GluedWordIndex {
  /** The document's words that have candidate splits. */
  private readonly splittable = new Set<string>();
  private readonly verdicts = new Map<string, GluedWord | null>();
  /** A part → the words whose verdict asked whether it occurs. */
  private readonly askedBy = new Map<string, Set<string>>();

  /** Glued-word findings; `excluded` words are reported elsewhere. */
  findings(stats: WordStatistics, excluded: ReadonlySet<string> = new Set()): Finding[] {
    this.follow(stats);
    const findings: Finding[] = [];
    for (const type of this.splittable) {
      if ((stats.typeCount.get(type) ?? 0) >= 3 || excluded.has(type)) continue;
      const glued = this.verdict(stats, type);
      if (glued) for (const f of gluedFindings(stats, type, glued)) findings.push(f);
    }
    return findings;
  }

  /** Brings the splittable words and the kept verdicts up to date with the words that came or went. */
  private follow(stats: WordStatistics): void {
    const comings = stats.takeComings();
    if (comings === 'all') {
      this.splittable.clear();
      this.verdicts.clear();
      this.askedBy.clear();
      for (const type of stats.typeParagraphs.keys()) this.consider(stats, type);
      return;
    }
    for (const word of comings) {
      this.consider(stats, word);
      for (const asker of this.askedBy.get(word) ?? []) this.verdicts.delete(asker);
    }
  }

  /** Keeps a word among the splittable ones while it is in the document, not ordinary, and can be cut. */
  private consider(stats: WordStatistics, type: string): void {
    const present =
      stats.typeParagraphs.has(type) && type.length >= MIN_GLUED && cachedSplits(type).length > 0;
    if (present) this.splittable.add(type);
    else {
      this.splittable.delete(type);
      this.verdicts.delete(type);
    }
  }

  private verdict(stats: WordStatistics, type: string): GluedWord | undefined {
    const known = this.verdicts.get(type);
    if (known !== undefined) return known ?? undefined;
    const glued = gluedSplit(type, cachedSplits(type), (part) => {
      let askers = this.askedBy.get(part);
      if (!askers) this.askedBy.set(part, (askers = new Set()));
      askers.add(type);
      return stats.isAttested(part);
    });
    this.verdicts.set(type, glued ?? null);
    return glued;
  }
}

/** The findings of one glued word, at each of its uses. */
function gluedFindings(stats: WordStatistics, type: string, glued: GluedWord): Finding[] {
  const findings: Finding[] = [];
  for (const paragraph of stats.paragraphsOf(type)) {
    const words = stats.paragraphs[paragraph];
    if (!words) continue;
    for (const word of stats.occurrences(paragraph, type)) {
      const original = words.text.slice(word.start, word.end);
      const cut = normalizeForComparison(original).origin[glued.at] ?? original.length;
      const head = original.slice(0, cut);
      const fixedHead = FINALIZABLE.has(toRegularForm(head.slice(-1))) ? withFinalForm(head) : head;
      findings.push(
        buildFinding({
          check: 'typography',
          severity: 'warning',
          paragraph,
          paragraphText: words.text,
          start: word.start,
          end: word.end,
          key: 'typography-glued-words',
          params: { first: glued.first, second: glued.second },
          replacements: [`${fixedHead} ${original.slice(cut)}`],
        }),
      );
    }
  }
  return findings;
}

/** Glued words as a plain Check; the engine runs the same rule inside its name index. */
export const gluedWordsCheck: Check = {
  id: 'typography',
  run(context) {
    const stats = new WordStatistics();
    stats.reset(context.document, glossaryWords(context.glossary).stems);
    return new GluedWordIndex().findings(stats);
  },
};
