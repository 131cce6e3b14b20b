// Numbers written in Hebrew letters (gematria): years of the Hebrew calendar (תרנ״ג, 5653; תש״מ), days of
// the month (י״ז), chapters. The letters stand in falling order of value, hundreds (ק ר ש ת, ת repeated
// past 400: תת״ק), then one tens letter, then one units letter; 15 and 16 are written ט״ו and ט״ז, not
// with the letters of the divine name. Gershayim stand before the last letter (HEBREW.md §5), so a
// numeral written without them is a typing slip, not a second spelling of a name.

const HUNDREDS = 'קרשת';
const TENS = 'יכלמנסעפצ';
const UNITS = 'אבגדהוזחט';

/** True when the letters (no marks) are a number in Hebrew letters, of two letters or more. */
export function isHebrewNumeral(letters: string): boolean {
  if (letters.length < 2) return false;
  let i = 0;
  // Hundreds: ת any number of times, then at most one of ק ר ש (falling: תתק, תר, not רת).
  while (letters[i] === 'ת') i++;
  if (i < letters.length && 'קרש'.includes(letters[i] as string)) i++;
  // 15 and 16: ט before ו or ז stands where the tens letter would.
  if (letters.slice(i) === 'טו' || letters.slice(i) === 'טז') return true;
  let tens = '';
  if (i < letters.length && TENS.includes(letters[i] as string)) tens = letters[i++] as string;
  let units = '';
  if (i < letters.length && UNITS.includes(letters[i] as string)) units = letters[i++] as string;
  if (i !== letters.length) return false;
  // יה and יו are never written: 15 and 16 are ט״ו and ט״ז.
  return !(tens === 'י' && (units === 'ה' || units === 'ו'));
}

/** A year of the Hebrew calendar's last millennia (ת…, three letters or more: תש״מ, תרס״א, תשפ״ה). */
export function isHebrewYear(letters: string): boolean {
  return letters.length >= 3 && letters.startsWith('ת') && HUNDREDS.includes(letters[1] as string)
    ? isHebrewNumeral(letters)
    : false;
}
