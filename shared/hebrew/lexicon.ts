// Is a word ordinary Hebrew vocabulary? Looks the word up in the common-words list after removing
// attached prefixes (prefixes.ts) and, failing that, the most frequent inflectional suffixes (plural
// ים/ות, feminine ה/ת, construct ת→ה, gentilic -י/-ים/-ית, possessive endings). Names are never in the
// list, so a name survives this test; an inflected ordinary word usually does not. A second list,
// words seen in Hebrew news (lexicon-news.ts), is matched as written or after a prefix: on real news
// text the hand-written list alone left common words (שורה, אסורים, משוואה) to be taken for names.
import { LEXICON_WORDS } from './lexicon-data';
import { NEWS_WORDS } from './lexicon-news';
import { regularizeFinals, withFinalForm } from './letters';
import { prefixReadings } from './prefixes';
import { rememberedPerKey } from '../memo/remembered';

const WORDS: ReadonlySet<string> = new Set(LEXICON_WORDS.split(/\s+/).filter((w) => w !== ''));
/**
 * Words seen in news text, already inflected: matched as they stand or after a prefix, never as the
 * base of a suffix, which would make names out of short words (לטקיה as ל + טק + יה, הייתם as היי + תם).
 */
const SEEN: ReadonlySet<string> = new Set(NEWS_WORDS.split(/\s+/).filter((w) => w !== ''));

/**
 * Suffixes tried longest first; after removing one, the base is tried as is, with a final form, and with
 * ה; but not with ה after a bare -י: a ה-final feminine noun takes its possessive on ת (נפה → נפתי, not
 * נפי), so that reading made names look like Hebrew (מנפי, al-Manfi, as מ + נפה + י; האשמי, Hashemite,
 * as האשמה + י). The construct plurals of ה-final masculine nouns it also covered (מעשי, רמי) are in the
 * list.
 */
const SUFFIXES = [
  'יהם',
  'יהן',
  'יות',
  'יים',
  'ים',
  'ות',
  'ית',
  'יה',
  'יו',
  'נו',
  'כם',
  'הם',
  'הן',
  'תי',
  'תם',
  'ה',
  'ת',
  'י',
  'ו',
];

/**
 * The suffixes a word with the article may carry: the article never stands with a possessive or a verb
 * ending (הספרו, ההרגתי are no Hebrew), so a reading that restores the article (ב + ה + stem) is
 * inflected only as a noun or adjective. Read with the rest, ברגותי (Barghouti) was ב + ה + הרגו + תי.
 */
const DEFINITE_SUFFIXES = ['יות', 'יים', 'ים', 'ות', 'ית', 'יה', 'ה', 'ת', 'י'];

function baseForms(stem: string, suffixes: readonly string[] = SUFFIXES): string[] {
  const forms = [stem];
  for (const suffix of suffixes) {
    if (stem.length - suffix.length < 2 || !stem.endsWith(suffix)) continue;
    const base = stem.slice(0, -suffix.length);
    forms.push(base, withFinalForm(regularizeFinals(base)));
    if (suffix !== 'י') forms.push(regularizeFinals(base) + 'ה');
  }
  // Gentilic plurals: עיראקים = עיראקי + ם (a bare ם or ן after other letters is part of the word: לבנון).
  if (stem.length > 3 && (stem.endsWith('ים') || stem.endsWith('ין'))) forms.push(stem.slice(0, -1));
  return forms;
}

export function isLexiconWord(word: string): boolean {
  return WORDS.has(word) || SEEN.has(word);
}

/** Answers already computed: the same words recur on every re-check. Bounded so memory cannot grow without limit. */
const memo = new Map<string, boolean>();
const MEMO_LIMIT = 500_000;

/** True when `word` (comparison form) is common Hebrew vocabulary, possibly with prefixes and inflection. */
export function isCommonWord(word: string): boolean {
  let answer = memo.get(word);
  if (answer === undefined) {
    answer = lookUp(word);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, answer);
  }
  return answer;
}

/** True when `word` is common vocabulary as it stands, perhaps inflected, without removing a prefix. */
export function isWordWithoutPrefix(word: string): boolean {
  return WORDS.has(word) || SEEN.has(word) || baseForms(word).some((base) => WORDS.has(base));
}

/**
 * Read as Hebrew only through an inflection news Hebrew does not use (אבו as אב + ו; the press writes
 * אביו): in the news they are the first words of Arabic names (אבו גוש, אבו עובידה).
 */
const NAME_WORDS: ReadonlySet<string> = new Set(['אבו']);

const NOTHING_SEEN: ReadonlySet<string> = new Set();

function lookUp(word: string, seen = SEEN): boolean {
  if (WORDS.has(word) || seen.has(word)) return true;
  for (const { stem, articleRestored } of prefixReadings(word)) {
    if (NAME_WORDS.has(stem)) continue;
    if (WORDS.has(stem) || seen.has(stem)) return true;
    for (const base of baseForms(stem, articleRestored ? DEFINITE_SUFFIXES : SUFFIXES))
      if (WORDS.has(base)) return true;
  }
  return false;
}

/**
 * isCommonWord by the hand-written list alone. The news words keep names out as well as a list made
 * from pages can, not perfectly (סאמר, the English Summer, is in it); where an English source names
 * the word, the source decides, so source-names asks this (and news-vocabulary builds on it).
 */
export const isCommonByWrittenList: (word: string) => boolean = rememberedPerKey(MEMO_LIMIT, (word) =>
  lookUp(word, NOTHING_SEEN),
);

export const lexiconSize = WORDS.size + SEEN.size;

/** Endings a noun or adjective of the news list takes (plural, feminine), for inflectedNewsWord. */
const NEWS_INFLECTIONS = ['יות', 'יים', 'ים', 'ות', 'ית', 'ה', 'ת'];

/** The fewest letters of a news-list base read under an ending: shorter ones end too many words. */
const MIN_NEWS_BASE = 4;

/**
 * A news-list word under a plural or feminine ending, after a prefix maybe (מכובדים of מכובד,
 * הטקסטים of טקסט): ordinary Hebrew to a check that only asks whether a word is one word, such as
 * the glued-words check. Not used for the names' evidence, where it would make Hebrew of names (see
 * SEEN).
 */
export const isInflectedNewsWord: (word: string) => boolean = rememberedPerKey(MEMO_LIMIT, (word) =>
  prefixReadings(word).some(({ stem }) =>
    NEWS_INFLECTIONS.some((ending) => {
      if (!stem.endsWith(ending)) return false;
      const base = stem.slice(0, -ending.length);
      return (
        base.length >= MIN_NEWS_BASE && (SEEN.has(withFinalForm(base)) || WORDS.has(withFinalForm(base)))
      );
    }),
  ),
);
