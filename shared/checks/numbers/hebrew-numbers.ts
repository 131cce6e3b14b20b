// Numbers in a Hebrew target paragraph: digits (with an attached prefix, ב-2014, כ-280,000), a scale
// word after them (280 אלף, 1.5 מיליון), units (ק"מ, מייל), and number words, masculine and feminine,
// absolute and construct (שתי עיירות, שני מעברים, שלושת), with a prefix read off by shared/hebrew
// (ובשתי → ו+ב+שתי). Dual nouns carry the number two (שנתיים, יומיים).
import { prefixReadings } from '../../hebrew/prefixes';
import { rememberedPerKey } from '../../memo/remembered';
import type { Quantity, Vague } from './quantity';
import { parseDigits } from './quantity';

const WORD_VALUES: Readonly<Record<string, number>> = {
  שניים: 2,
  שתיים: 2,
  שני: 2,
  שתי: 2,
  שלושה: 3,
  שלוש: 3,
  שלושת: 3,
  ארבעה: 4,
  ארבע: 4,
  ארבעת: 4,
  חמישה: 5,
  חמש: 5,
  חמשת: 5,
  שישה: 6,
  שש: 6,
  ששת: 6,
  שבעה: 7,
  שבע: 7,
  שבעת: 7,
  שמונה: 8,
  שמונת: 8,
  תשעה: 9,
  תשע: 9,
  תשעת: 9,
  עשרה: 10,
  עשר: 10,
  עשרת: 10,
  תריסר: 12,
  עשרים: 20,
  שלושים: 30,
  ארבעים: 40,
  חמישים: 50,
  שישים: 60,
  שבעים: 70,
  שמונים: 80,
  תשעים: 90,
  מאה: 100,
  מאתיים: 200,
  אלף: 1000,
  אלפיים: 2000,
  שנתיים: 2,
  יומיים: 2,
  חודשיים: 2,
  שבועיים: 2,
  שעתיים: 2,
  פעמיים: 2,
};
const VAGUE: Readonly<Record<string, Vague>> = {
  עשרות: 'tens',
  מאות: 'hundreds',
  אלפי: 'thousands',
  אלפים: 'thousands',
  רבבות: 'tens-of-thousands',
  מיליוני: 'millions',
};
const SCALES: Readonly<Record<string, number>> = { אלף: 1e3, מיליון: 1e6, מיליארד: 1e9, טריליון: 1e12 };

const DIGITS = /(?<![A-Za-z\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![A-Za-z\d])/gu;
const HEBREW_WORD = /[\u05D0-\u05EA]+/gu;

interface NumberWord {
  readonly vague?: Vague;
  readonly value?: number;
}

/** Words whose reading is remembered (shared/memo/remembered.ts). */
const MAX_REMEMBERED = 100_000;

/**
 * What a Hebrew word says as a number under any prefix reading (a vague quantity first), or null.
 * Remembered per word: a long document repeats the same few thousand words, and almost none is a number.
 */
const numberWordOf = rememberedPerKey(MAX_REMEMBERED, (word): NumberWord | null => {
  const stems = prefixReadings(word).map((r) => r.stem);
  const vague = stems.map((s) => VAGUE[s]).find((v) => v !== undefined);
  const value = stems.map((s) => WORD_VALUES[s]).find((v) => v !== undefined);
  return vague ? { vague } : value !== undefined ? { value } : null;
});

export function hebrewQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  const taken = new Set<number>();
  for (const m of text.matchAll(DIGITS)) {
    let value = parseDigits(m[1] as string);
    let end = m.index + m[0].length;
    const after = text.slice(end);
    const scale = /^\s(אלף|מיליון|מיליארד|טריליון)(?![\u05D0-\u05EA])/u.exec(after);
    if (scale) {
      value *= SCALES[scale[1] as string] as number;
      end += scale[0].length;
      taken.add(end - (scale[1] as string).length);
    }
    const unit = /^\s?(ק["״”]מ|קילומטר(?:ים)?|מייל(?:ים)?|מיילים)/u.exec(text.slice(end));
    const miles = unit ? (unit[1] as string).startsWith('מייל') : false;
    found.push({ start: m.index, end, value, digits: true, miles, kilometres: unit !== null && !miles });
  }
  const words = [...text.matchAll(HEBREW_WORD)];
  words.forEach((m, k) => {
    if (taken.has(m.index)) return;
    const numberWord = numberWordOf(m[0]);
    if (numberWord === null) return;
    const next = words[k + 1];
    const adjacent = next !== undefined && /^\s+$/u.test(text.slice(m.index + m[0].length, next.index));
    // עשרות אלפים / מאות אלפים: vague tens or hundreds of thousands, one quantity.
    const vague = numberWord.vague;
    if (vague) {
      const ofThousands =
        adjacent && (next[0] === 'אלפים' || next[0] === 'אלפי') && (vague === 'tens' || vague === 'hundreds');
      if (ofThousands) taken.add(next.index);
      const end = ofThousands ? next.index + next[0].length : m.index + m[0].length;
      found.push({
        start: m.index,
        end,
        vague: ofThousands ? (vague === 'tens' ? 'tens-of-thousands' : 'hundreds-of-thousands') : vague,
        digits: false,
      });
      return;
    }
    let value = numberWord.value;
    if (value === undefined) return;
    // שני מיליון, שלושה מיליארד: a number word with a scale word after it.
    const scale = adjacent && next ? SCALES[next[0]] : undefined;
    if (next && scale !== undefined && next[0] !== 'אלף') {
      value *= scale;
      taken.add(next.index);
    }
    const unit = adjacent && /^(?:קילומטר(?:ים)?|מייל(?:ים)?)$/u.test(next[0]) ? next[0] : undefined;
    const miles = unit?.startsWith('מייל') ?? false;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      value,
      digits: false,
      miles,
      kilometres: unit !== undefined && !miles,
    });
  });
  return found.sort((a, b) => a.start - b.start);
}
