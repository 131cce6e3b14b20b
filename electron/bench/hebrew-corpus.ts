// Generated Hebrew news text for the benchmarks: common vocabulary, attached prefixes, numbers, acronyms
// with gershayim, maqaf compounds, and transcribed names of which a minority of mentions use a variant
// spelling (the pattern the checks look for). Deterministic: the same seed gives the same text.
import type { Glossary, GlossaryEntry } from '../../shared/glossary/model';

/** Mulberry32: a small seeded PRNG, so every run measures the same text. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = `
אמר אמרה אמרו כי את של על עם לא גם אבל בין לפי כך כאשר בזמן לאחר לפני עוד יותר מאוד רק כל
הממשלה הצבא המורדים הכוחות העיר הכפר הגבול המדינה האזור הדרום הצפון המזרח המערב הבירה האוכלוסייה
תושבים לוחמים חיילים אזרחים פליטים הפצצה התקפה מתקפה הסכם הפסקת אש משא ומתן שיחות הצהרה דיווח
דובר שר ראש נשיא מפקד קצין בכיר גורם ארגון קבוצה חמושה סוכנות הידיעות מרכז המעקב זכויות אדם
נמלטו כבשו נכנסו התקדמו נסוגו הודיעו דיווחו טענו הכחישו איימו הזהירו הגיעו יצאו נהרגו נפצעו
היום אתמול השבוע בשבוע שעבר בלילה בבוקר ביום שישי ביום חמישי בחודש שעבר בשנה שעברה
גדול גדולה חדש חדשה רבים רבות קשה קשים חשוב חשובה צבאי צבאית מדיני מדינית אזרחי הומניטרי
הכביש הגשר נמל התעופה בית החולים בית הספר השוק המסגד הכנסייה המחנה הבסיס המטה המעבר
`;
const PREFIXES = ['', '', '', '', 'ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'וב', 'וה', 'של', 'מה', 'כש'];
const ACRONYMS = ['צה"ל', 'האו"ם', 'ק"מ', 'מזל"ט', 'ארה"ב', 'מנכ"ל', 'יו"ר'];
const COMPOUNDS = ['א-שאם', 'אל-אסד', 'אנטי-ממשלתיים', 'סורי-רוסי', 'דיר א-זור'];
const LETTERS = 'בגדזחטכלמנסעפצקרשת';
const VOWEL_LETTERS = ['', '', 'א', 'ו', 'י'];

/** Prefix + word the way Hebrew writes it: the article's ה drops after ב/ל/כ, and is not doubled. */
function attach(prefix: string, word: string): string {
  if (!word.startsWith('ה')) return prefix + word;
  if (prefix.endsWith('ה')) return prefix.slice(0, -1) + word;
  return /[בלכ]$/u.test(prefix) ? prefix + word.slice(1) : prefix + word;
}

export interface BenchName {
  readonly preferred: string;
  readonly variant: string;
}

function transcribedName(rnd: () => number): BenchName {
  const syllables = 2 + Math.floor(rnd() * 2);
  let preferred = '';
  let variant = '';
  const swap = Math.floor(rnd() * syllables);
  for (let s = 0; s < syllables; s++) {
    const consonant = LETTERS[Math.floor(rnd() * LETTERS.length)] as string;
    const vowel = VOWEL_LETTERS[Math.floor(rnd() * VOWEL_LETTERS.length)] as string;
    preferred += consonant + vowel;
    // The variant differs by an optional alef (HEBREW.md §6 row 1), the commonest real alternation.
    variant += consonant + (s === swap ? (vowel === 'א' ? '' : 'א') : vowel);
  }
  const final = (w: string) =>
    w.replace(/[כמנפצ]$/u, (c) => ({ כ: 'ך', מ: 'ם', נ: 'ן', פ: 'ף', צ: 'ץ' })[c] as string);
  return { preferred: final(preferred + 'ן'), variant: final(variant + 'ן') };
}

export function benchNames(count: number, seed = 7): BenchName[] {
  const rnd = random(seed);
  const seen = new Set<string>();
  const names: BenchName[] = [];
  while (names.length < count) {
    const name = transcribedName(rnd);
    if (seen.has(name.preferred) || name.preferred === name.variant) continue;
    seen.add(name.preferred);
    names.push(name);
  }
  return names;
}

/** A 1,000-entry glossary of the same kind of names: preferred and deprecated spellings. */
export function benchGlossary(names: readonly BenchName[]): Glossary {
  const entries: GlossaryEntry[] = names.map((name, i) => ({
    id: `name-${i}`,
    kind: 'place',
    source: [`Place${i}`],
    terms: [
      { text: name.preferred, status: 'preferred' },
      { text: name.variant, status: 'deprecated' },
    ],
  }));
  return { entries };
}

/** Paragraphs of about 60 words until `words` words. One mention in 12 uses the variant spelling. */
export function benchParagraphs(words: number, names: readonly BenchName[], seed = 11): string[] {
  const rnd = random(seed);
  const vocabulary = VOCABULARY.split(/\s+/u).filter(Boolean);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
  const paragraphs: string[] = [];
  let total = 0;
  // Each paragraph talks about a few names, as an article does.
  while (total < words) {
    const cast = [pick(names), pick(names), pick(names)];
    const sentences: string[] = [];
    let count = 0;
    const target = 45 + Math.floor(rnd() * 30);
    while (count < target) {
      const length = 8 + Math.floor(rnd() * 12);
      const sentence: string[] = [];
      for (let k = 0; k < length; k++) {
        const roll = rnd();
        if (roll < 0.1) {
          const name = pick(cast);
          sentence.push(pick(PREFIXES) + (rnd() < 1 / 12 ? name.variant : name.preferred));
        } else if (roll < 0.14)
          sentence.push(
            pick(PREFIXES.slice(0, 8)) +
              (rnd() < 0.5 ? String(Math.floor(rnd() * 2000)) : `${Math.floor(rnd() * 900) + 100},000`),
          );
        else if (roll < 0.16) sentence.push(pick(ACRONYMS));
        else if (roll < 0.18) sentence.push(pick(COMPOUNDS));
        else sentence.push(attach(pick(PREFIXES), pick(vocabulary)));
      }
      count += sentence.length;
      sentences.push(sentence.join(' ') + (rnd() < 0.8 ? '.' : ','));
    }
    total += count;
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs;
}
