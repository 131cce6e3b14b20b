// Numbers in an English source paragraph. Codes and names with digits (M5, F-16, COVID-19) and
// ordinals (1st, second) are not quantities. "one" is left out: it is far more often a pronoun
// ("one of the", "no one") than a count.
import type { Quantity, Vague } from './quantity';
import { parseDigits } from './quantity';

const WORD_VALUES: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};
const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
};
const VAGUE: readonly [RegExp, Vague][] = [
  [/^tens of thousands\b/i, 'tens-of-thousands'],
  [/^hundreds of thousands\b/i, 'hundreds-of-thousands'],
  [/^(?:tens|dozens)\b/i, 'tens'],
  [/^hundreds\b/i, 'hundreds'],
  [/^thousands\b/i, 'thousands'],
  [/^millions\b/i, 'millions'],
];

const NUMBER =
  /(?<![\p{L}\d.,-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d\p{L}]*(?:st|nd|rd|th)\b)(?!\p{L}\d)/gu;

export function englishQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(NUMBER)) {
    // A digit glued to letters is a code (M5, 4G, 9mm) unless the letters are a unit we know.
    const after = text.slice(m.index + m[0].length);
    if (/^\p{L}/u.test(after) && !/^(?:bn|km|k)\b/u.test(after)) continue;
    let value = parseDigits(m[1] as string);
    let end = m.index + m[0].length;
    const scale = /^[\s-]?(thousand|million|billion|trillion|bn)\b/i.exec(after);
    if (scale) {
      value *= SCALES[(scale[1] as string).toLowerCase()] as number;
      end += scale[0].length;
    }
    const unit = /^\s?(km|kilomet(?:er|re)s?|miles?|mi)\b/i.exec(text.slice(end));
    const miles = unit ? /^mi/i.test(unit[1] as string) : false;
    found.push({ start: m.index, end, value, digits: true, miles, kilometres: unit !== null && !miles });
  }
  for (const m of text.matchAll(
    /\b(?:tens|dozens|hundreds|thousands|millions)\b(?: of thousands\b)?|\b[a-z]+\b/giu,
  )) {
    const word = m[0].toLowerCase();
    const vague = VAGUE.find(([re]) => re.test(text.slice(m.index)));
    if (vague && /^(?:tens|dozens|hundreds|thousands|millions)/.test(word)) {
      found.push({ start: m.index, end: m.index + m[0].length, vague: vague[1], digits: false });
      continue;
    }
    // Own keys only: "constructor" is an English word too.
    const value = Object.hasOwn(WORD_VALUES, word) ? WORD_VALUES[word] : undefined;
    if (value === undefined) continue;
    // "twenty-five" is one number; "dozen" needs no article check.
    const unit = /^\s(km|kilomet(?:er|re)s?|miles?)\b/i.exec(text.slice(m.index + m[0].length));
    const miles = unit ? /^mi/i.test(unit[1] as string) : false;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      value,
      digits: false,
      miles,
      kilometres: unit !== null && !miles,
    });
  }
  return markConversions(
    text,
    found.sort((a, b) => a.start - b.start),
  );
}

/** "5 km (3 miles)", "29 miles (46 km)": the bracketed figure restates the one before it in another unit. */
function markConversions(text: string, quantities: Quantity[]): Quantity[] {
  return quantities.map((q, i) => {
    const before = quantities[i - 1];
    const isDistance = (x: Quantity | undefined) =>
      x !== undefined && (x.miles === true || x.kilometres === true);
    if (!before || !isDistance(q) || !isDistance(before) || before.miles === q.miles) return q;
    return /^\s*[\s\w.]*\(\s*$/u.test(
      text.slice(before.end, q.start).replace(/^\s*(?:km|kilomet(?:er|re)s?|miles?|mi)\b/iu, ''),
    )
      ? { ...q, conversion: true }
      : q;
  });
}
