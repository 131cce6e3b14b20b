import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LETTER_FLOORS, mayBeVariants } from './variant-bound';
import { areVariants, compareNames, parseName, type ParsedName, type Unit } from './variants';
import { normalizeWord } from './normalize';

const LETTERS = 'אבגדהוזחטיכלמנסעפצקרשת'.split('');
const unit = (letter: string, geresh = false): Unit => ({ letter, geresh });
const name = (...units: (string | Unit)[]): ParsedName => ({
  article: '',
  units: units.map((u) => (typeof u === 'string' ? unit(u) : u)),
});

/**
 * The cheapest edit removing `letter`, measured with the distance itself: swaps alone, last and between
 * letters (geresh on either side), deletion at the edge and between any two letters, with and without
 * a letter after (the ending rules look at the last letter).
 */
function measuredFloor(letter: string): number {
  let floor = Infinity;
  const least = (a: ParsedName, b: ParsedName) => {
    floor = Math.min(floor, compareNames(a, b).cost);
  };
  for (const geresh of [false, true]) {
    const own = unit(letter, geresh);
    for (const other of LETTERS) {
      if (other === letter) continue;
      for (const otherGeresh of [false, true]) {
        least(name(own), name(unit(other, otherGeresh)));
        least(name('ב', own, 'ב'), name('ב', unit(other, otherGeresh), 'ב'));
      }
    }
    least(name(own, 'ב'), name('ב'));
    for (const before of LETTERS)
      for (const after of LETTERS) {
        least(name(before, own, after), name(before, after));
        // One letter for two: the v of a foreign name written ב or וו (variants.ts, vForVav).
        least(name(before, own, after), name(before, 'ו', 'ו', after));
        least(name(before, own, after, 'ב'), name(before, after, 'ב'));
      }
  }
  return floor;
}

const parse = (w: string) => parseName(normalizeWord(w), true);

describe('mayBeVariants', () => {
  it('has a floor for every letter, none above what the distance charges', () => {
    expect(Object.keys(LETTER_FLOORS).sort()).toEqual([...LETTERS].sort());
    for (const letter of LETTERS) expect(LETTER_FLOORS[letter]).toBeLessThanOrEqual(measuredFloor(letter));
  });

  // [a, b, may be variants, reason]
  const table: [string, string, boolean, string][] = [
    ['רסטן', 'ראסטן', true, 'an optional א is cheap'],
    ["ח'אן", 'חאן', true, 'the same letters'],
    ['טהראן', 'תהראן', true, 'ט ↔ ת is a swap'],
    ["מע'אר", "מר'אר", true, 'ע׳ ↔ ר׳ is a swap'],
    ['ארדוגאן', 'ארדואן', true, 'a silent Turkish ğ'],
    ['פרבז', 'פרווז', true, 'a v written ב or וו'],
    ['דמשק', 'חלב', false, 'no letter in common'],
    ['רסטן', 'רמלה', false, 'ס ט ן against מ ל ה'],
    ['תלביסה', 'תלמיסה', false, 'ב ↔ מ is a full edit in a six-letter name'],
    ['בנימין', 'מנחם', false, 'different names sharing a few letters'],
  ];
  it.each(table)('%s / %s → %s (%s)', (a, b, expected) => {
    expect(mayBeVariants(parse(a), parse(b))).toBe(expected);
  });

  const spelling = fc.record({
    article: fc.constantFrom<ParsedName['article']>('', '', '', 'אל', 'א'),
    units: fc.array(fc.record({ letter: fc.constantFrom(...LETTERS), geresh: fc.boolean() }), {
      minLength: 1,
      maxLength: 9,
    }),
  });
  /** A second spelling made from the first by a few random edits, so many pairs are near variants. */
  const nearPair = spelling.chain((a) =>
    fc
      .array(
        fc.record({
          at: fc.nat(),
          op: fc.constantFrom('delete', 'insert', 'swap', 'geresh'),
          letter: fc.constantFrom(...LETTERS),
        }),
        { maxLength: 3 },
      )
      .map((edits) => {
        const units = a.units.map((u) => unit(u.letter, u.geresh));
        for (const { at, op, letter } of edits) {
          const i = units.length === 0 ? 0 : at % units.length;
          if (op === 'delete' && units.length > 1) units.splice(i, 1);
          else if (op === 'insert') units.splice(i, 0, unit(letter));
          else if (op === 'swap' && units[i]) units[i] = unit(letter, units[i].geresh);
          else if (op === 'geresh' && units[i]) units[i] = unit(units[i].letter, !units[i].geresh);
        }
        return [a, { article: a.article, units }] as const;
      }),
  );

  it('never says no to a pair the distance accepts', () => {
    fc.assert(
      fc.property(nearPair, ([a, b]) => {
        if (!mayBeVariants(a, b)) expect(areVariants(a, b)).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });
});
