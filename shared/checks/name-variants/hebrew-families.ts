// Hebrew word families that differ as a transcription would (ייצב/ייצוב, הרצה/הרצאה, חניכו/חניכיו):
// spellings the lexicon lacks that are one Hebrew word inflected, not one name written two ways. Each
// test takes a cluster's spellings; evidence.ts gives such a cluster no bonus, or none at all.
import { prefixReadings } from '../../hebrew/prefixes';
import type { Unit } from '../../hebrew/variants';
import type { StemInfo } from './stem-info';
import type { NameDocument, StemUse } from './stem-use';

/**
 * Shaped like Hebrew inflection: a hitpael/nitpael prefix (מת־ הת־ נת־ ית־ תת־), a hifil infinitive
 * (להסית, להצית: ל + ה and a consonant) or a masculine plural, with no geresh or Arabic article.
 * Transcribed names rarely take these shapes; Hebrew words the lexicon lacks often do.
 */
export function looksHebrew(stem: string): boolean {
  if (/[׳־]/.test(stem) || stem.length < 5) return false;
  return /^(?:מת|הת|נת|ית|תת|לה[^אוי])/.test(stem) || /ים$/.test(stem);
}

/**
 * A piel verb family (ייצב/ייצוב, קיבע/קיבוע, תיקצב/לתקצב/תקצוב): the past writes a י after the first
 * letter, the verbal noun a ו before the last, the infinitive's stem neither. True when the spellings
 * differ only by those two letters, one has the י and not all have the ו. Hebrew words the lexicon
 * lacks pair this way in any news text; transcribed names rarely do (מוסל/מוסול has no such י, and
 * כירכוכ/כרכוכ differs by the י alone).
 */
export function pielFamily(members: readonly StemUse[]): boolean {
  let skeleton: string | undefined;
  let yod = false;
  let vav = 0;
  for (const { info } of members) {
    const u = info.parsed.units;
    if (info.parsed.article !== '' || u.length < 4 || u.some((x) => x.geresh)) return false;
    const hasYod = (u[1] as Unit).letter === 'י';
    const hasVav = (u[u.length - 2] as Unit).letter === 'ו';
    const rest = u
      .filter((_, i) => !(i === 1 && hasYod) && !(i === u.length - 2 && hasVav))
      .map((x) => x.letter)
      .join('');
    if (skeleton !== undefined && rest !== skeleton) return false;
    skeleton = rest;
    if (hasYod) yod = true;
    if (hasVav) vav++;
  }
  return yod && vav > 0 && vav < members.length && (skeleton?.length ?? 0) >= 3;
}

/**
 * The past and infinitive stem of a piel verb (תיקצב/תקצב) whose verbal noun the document also writes
 * (תקצוב): pielFamily without the noun in the cluster, which happens when the noun is ordinary Hebrew
 * and so left out of it. Two spellings, the longer with a י after the first letter.
 */
export function pielWithNoun(members: readonly StemUse[], doc: NameDocument): boolean {
  const pair = shorterAndLonger(members);
  if (!pair) return false;
  const [short, long] = pair;
  if (short.length < 4 || /[׳־א]/.test(long) || long !== short[0] + 'י' + short.slice(1)) return false;
  return doc.uses.has(short.slice(0, -1) + 'ו' + short.slice(-1));
}

/**
 * A verbal noun of the qtila pattern and the past it comes from (פשיטה/פשטה "raid/raided", דקירה/דקרה):
 * two spellings ending in ה, the longer with a י before its last consonant. Hebrew words the lexicon
 * lacks pair this way; a transcribed name that does is usually marked otherwise (a geresh: ח׳ליפה).
 */
export function nounAndPast(members: readonly StemUse[]): boolean {
  if (members.length !== 2) return false;
  const [a, b] = members.map((m) => m.info) as [StemInfo, StemInfo];
  const [short, long] = a.letters < b.letters ? [a, b] : [b, a];
  const s = short.parsed.units;
  const l = long.parsed.units;
  if (short.parsed.article || long.parsed.article || l.length !== s.length + 1 || s.length < 4) return false;
  if ([...s, ...l].some((u) => u.geresh) || (s[s.length - 1] as Unit).letter !== 'ה') return false;
  // The past writes no vowel letter (פשטה, דקרה; a ו first is the conjunction): a ו inside is a name's
  // (מטודלה / מטודילה, "of Tudela").
  if (s.some((u, i) => i > 0 && u.letter === 'ו')) return false;
  const at = l.length - 3;
  // A doubled י is the consonantal y of a name (חודיידה/חודידה, דבייבה/דביבה), not the qtila vowel.
  if ((l[at - 1] as Unit).letter === 'י' || (l[at + 1] as Unit).letter === 'י') return false;
  return (
    (l[at] as Unit).letter === 'י' &&
    l.every((u, i) => i === at || u.letter === (s[i < at ? i : i - 1] as Unit).letter)
  );
}

/**
 * A four-consonant verb and its verbal noun (תדלק/תדלוק "refuelled/refuelling", שדרג/שדרוג, תחקר/תחקור):
 * the noun writes a ו before the last letter, the verb no vowel letter at all. A transcribed name of
 * four letters writes its long vowels (מנסור, not מנסר), so a spelling with none is a Hebrew verb.
 */
export function quadriliteralNoun(members: readonly StemUse[]): boolean {
  const pair = shorterAndLonger(members);
  if (!pair) return false;
  const [verb, noun] = pair;
  // Both may keep the prefix the checker could not take off (ולשכשך / ולשכשוך: neither stem is
  // written bare to attest it), the same on each.
  return prefixReadings(verb).some(
    ({ prefix, stem }) =>
      noun.startsWith(prefix) &&
      isBareQuadriliteral(stem) &&
      noun === prefix + stem.slice(0, 3) + 'ו' + stem.slice(3),
  );
}

/** Four letters and no vowel letter, geresh or maqaf: how a four-consonant verb's stem is written. */
function isBareQuadriliteral(stem: string): boolean {
  return stem.length === 4 && !/[אויה׳־]/.test(stem);
}

/**
 * A four-consonant verb's pu'al past beside its infinitive stem (נוטרל/נטרל "was neutralised / to
 * neutralise", שודרג/שדרג): the pu'al writes a ו after the first letter, the stem no vowel letter at
 * all. Muhammad written מוחמד and מחמד has this shape too; the dual table reports it (dual-spellings.ts).
 */
export function quadriliteralPual(members: readonly StemUse[]): boolean {
  const pair = shorterAndLonger(members);
  if (!pair) return false;
  const [stem, pual] = pair;
  if (isBareQuadriliteral(stem) && pual === stem[0] + 'ו' + stem.slice(1)) return true;
  // The future of a three-consonant piel and pu'al (יחבר / יחובר, תגבר / תגובר): a future prefix,
  // then the pu'al's ו after the root's first letter.
  return (
    stem.length === 4 &&
    FUTURE_PREFIXES.has(stem[0] as string) &&
    !/[אויה׳־]/.test(stem.slice(1)) &&
    pual === stem.slice(0, 2) + 'ו' + stem.slice(2)
  );
}

/** The letters that begin a future-tense verb (א י ת נ). */
const FUTURE_PREFIXES = new Set(['א', 'י', 'ת', 'נ']);

/** The two spellings of a two-spelling cluster, shorter first (the Hebrew word-family tests below). */
function shorterAndLonger(members: readonly StemUse[]): [string, string] | undefined {
  if (members.length !== 2) return undefined;
  const [a, b] = members.map((m) => m.info.stem) as [string, string];
  return a.length < b.length ? [a, b] : [b, a];
}

/**
 * A verb of a final-ה root and its verbal noun, which writes an א before the ה (הרצה/הרצאה "lectured /
 * lecture", השווה/השוואה, הלווה/הלוואה): both begin with the hif'il ה. The א is the one a transcription
 * also inserts, so without this the pair looks like a name.
 */
export function verbAndAlefNoun(members: readonly StemUse[]): boolean {
  const pair = shorterAndLonger(members);
  if (pair) {
    const [short, long] = pair;
    if (
      short.length >= 4 &&
      short.startsWith('ה') &&
      short.endsWith('ה') &&
      !/[׳־]/.test(short) &&
      long === short.slice(0, -1) + 'אה'
    )
      return true;
  }
  return finalAlefHifil(members);
}

/**
 * A hif'il past of a final-א root beside its verbal noun, as long as each other (המריא / המראה "took
 * off / take-off", הבריא / הבראה, הקריא / הקראה): the past writes יא where the noun writes אה.
 */
function finalAlefHifil(members: readonly StemUse[]): boolean {
  if (members.length !== 2) return false;
  const [a, b] = members.map((m) => m.info.stem) as [string, string];
  const [verb, noun] = a.endsWith('יא') ? [a, b] : [b, a];
  return (
    verb.length >= 5 &&
    verb.startsWith('ה') &&
    verb.endsWith('יא') &&
    !/[׳־]/.test(verb) &&
    noun === verb.slice(0, -2) + 'אה'
  );
}

/**
 * A pu'al participle beside the piel one (מנוטר/מנטר "monitored/monitor", מסוכסך/מסכסך): both begin with
 * מ and differ by the ו after the first root letter. Transcribed names of that shape usually write an א
 * somewhere (מסוראתה/מסראתה), so spellings with an א are left to the alternation table.
 */
export function participles(members: readonly StemUse[]): boolean {
  const pair = shorterAndLonger(members);
  if (!pair) return false;
  const [short, long] = pair;
  return (
    short.length >= 4 &&
    short.startsWith('מ') &&
    !/[׳־א]/.test(long) &&
    long === short.slice(0, 2) + 'ו' + short.slice(2)
  );
}

/**
 * Hebrew pairs of one root that differ as a transcription would, in three more shapes seen among the
 * lexicon's variant-like pairs: a pu'al or hof'al past beside the piel past or hif'il noun (פורסמו /
 * פרסמו, הופצצה/הפצצה: a ו after the first letter, both ending in ה or ו); a hif'il past beside its
 * noun in construct (העבירה/העברת, הפסיקה/הפסקת); a plural in -ות beside the abstract -יות
 * (מדינות/מדיניות). Spellings with a geresh, an article or an א after the first letter are left alone.
 */
export function conjugations(members: readonly StemUse[]): boolean {
  const pair = shorterAndLonger(members);
  if (!pair) return false;
  const [short, long] = pair;
  if (short.length < 5 || /[׳־]/.test(long) || /א/.test(long.slice(1))) return false;
  const ending = short[short.length - 1];
  if ((ending === 'ה' || ending === 'ו') && long[long.length - 1] === ending)
    if (long === short[0] + 'ו' + short.slice(1)) return true;
  if (short.startsWith('ה') && short.endsWith('ת') && long.endsWith('ה'))
    if (long === short.slice(0, 3) + 'י' + short.slice(3, -1) + 'ה') return true;
  return short.endsWith('ות') && long === short.slice(0, -2) + 'יות';
}

/**
 * Two inflections of one Hebrew noun that read like a transcription's ו/י or ה/ת, seen on real news:
 * the possessive "his" on a singular and a plural (חניכו / חניכיו), an -ut noun and its plural, an
 * -iya noun beside its construct (כירורגיה / כירורגיית), a feminine singular in -ת beside its plural
 * in -ות, and the feminine of a word that ends in א.
 * Names rarely take these ending pairs.
 */
export function inflections(members: readonly StemUse[]): boolean {
  const pair = shorterAndLonger(members);
  if (!pair) return false;
  const [short, long] = pair;
  if (short.length < 4) return false;
  if (/[׳־]/.test(long)) return false;
  if (short.endsWith('ו') && long === short.slice(0, -1) + 'יו') return true;
  // The feminine of a word that ends in א (הנורא / הנוראה, השנוא / השנואה, נביא / נביאה): a name's final
  // vowel is written א or ה, rarely both (שא / שאה, Shah, is shorter than four).
  if (short.endsWith('א') && long === short + 'ה') return true;
  // The plural of an -ut noun (היתקלות / היתקלויות, הזדמנות / הזדמנויות).
  if (short.endsWith('ות') && long === short.slice(0, -2) + 'ויות') return true;
  if (short.endsWith('יה') && long === short.slice(0, -1) + 'ית') return true;
  // A feminine singular in -ת and its plural (אקזוטית / אקזוטיות, מסוכסכת / מסוכסכות).
  return short.length >= 5 && short.endsWith('ת') && long === short.slice(0, -1) + 'ות';
}

/**
 * A people's plural as a noun and as an adjective (דרוזים / דרוזיים, חות׳ים / חות׳יים): grammar, even
 * when the people's name carries a geresh, so no evidence makes it one name written two ways.
 */
export function peoplesPlural(members: readonly StemUse[]): boolean {
  const pair = shorterAndLonger(members);
  if (!pair) return false;
  const [short, long] = pair;
  return short.length >= 4 && short.endsWith('ים') && long === short.slice(0, -2) + 'יים';
}

/**
 * A verb's piel past, pu'al past and infinitive stem side by side (ניטרל / נוטרל / נטרל): one spelling
 * with a י after its first letter, one with a ו there, one with neither. A name may write its first
 * vowel with a י or not (סינוואר / סנוואר), but not the three ways.
 */
export function pielAndPual(members: readonly StemUse[]): boolean {
  const stems = members.map((m) => m.info.stem);
  if (stems.some((s) => /[׳־א]/.test(s))) return false;
  const base = stems.find(
    (s) =>
      s.length >= 4 && stems.includes(s[0] + 'י' + s.slice(1)) && stems.includes(s[0] + 'ו' + s.slice(1)),
  );
  return base !== undefined;
}
