import { describe, expect, it } from 'vitest';
import { isHebrewNumeral, isHebrewYear } from './hebrew-numerals';

const table: [string, boolean, boolean, string][] = [
  ['תרנג', true, true, '5653 (1893): hundreds, tens, units in falling order'],
  ['תשמ', true, true, '5740 (1980)'],
  ['תשפה', true, true, '5785 (2025)'],
  ['תתק', true, true, 'ת repeated past 400'],
  ['יז', true, false, 'a day of the month'],
  ['טו', true, false, '15 is written ט״ו'],
  ['טז', true, false, '16 is written ט״ז'],
  ['יה', false, false, '15 is never written with the letters of the divine name'],
  ['רת', false, false, 'hundreds in rising order are no number'],
  ['כי', false, false, 'two tens letters are no number'],
  ['נאטו', false, false, 'an acronym: a units letter before ט ו'],
  ['דאעש', false, false, 'an acronym: a units letter before a tens letter'],
  ['רנא', true, false, 'a number in shape (251), but no year: Rana, a name, is never read as a year'],
  ['ת', false, false, 'one letter is no numeral'],
];

describe('isHebrewNumeral, isHebrewYear', () => {
  it.each(table)('%s → %s, year %s (%s)', (letters, numeral, year) => {
    expect(isHebrewNumeral(letters)).toBe(numeral);
    expect(isHebrewYear(letters)).toBe(year);
  });
});
