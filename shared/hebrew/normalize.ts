// Normalisation for comparison (HEBREW.md §5): geresh ' ’ ‘ ` ´ ׳ → ׳; gershayim " ” “ ״ '' → ״;
// maqaf ־ - ‐ – — → ־ between two word characters; niqqud, cantillation and invisible controls dropped.
// The original text is never changed: `origin` maps every normalised offset back to the original one,
// so findings report the characters the user actually typed.
import {
  GERESH,
  GERSHAYIM,
  MAQAF,
  isGereshLikeCode,
  isGershayimLikeCode,
  isHebrewLetterCode,
  isInvisibleCode,
  isMaqafLikeCode,
  isNiqqudCode,
} from './letters';

export interface NormalizedText {
  readonly text: string;
  /** origin[i] is the original offset of normalised character i; origin[text.length] is the original end. */
  readonly origin: readonly number[];
}

function isWordCode(code: number): boolean {
  return (
    isHebrewLetterCode(code) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f)
  );
}

/** The nearest code before/after `index` that is not niqqud or invisible (0 at the text's edge). */
function visibleCodeBefore(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (!isNiqqudCode(c) && !isInvisibleCode(c)) return c;
  }
  return 0;
}

function visibleCodeAfter(text: string, index: number): number {
  for (let i = index; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isNiqqudCode(c) && !isInvisibleCode(c)) return c;
  }
  return 0;
}

export function normalizeForComparison(text: string): NormalizedText {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isNiqqudCode(code) || isInvisibleCode(code)) continue;
    const before = visibleCodeBefore(text, i);
    if (code === 0x27 && text.charCodeAt(i + 1) === 0x27 && isHebrewLetterCode(before)) {
      // Two apostrophes typed for gershayim (צה''ל).
      out += GERSHAYIM;
      origin.push(i);
      i++;
      continue;
    }
    let char = text[i] as string;
    if (isGereshLikeCode(code) && isHebrewLetterCode(before)) char = GERESH;
    else if (
      isGershayimLikeCode(code) &&
      isHebrewLetterCode(before) &&
      isHebrewLetterCode(visibleCodeAfter(text, i + 1))
    )
      char = GERSHAYIM;
    else if (isMaqafLikeCode(code) && isWordCode(before) && isWordCode(visibleCodeAfter(text, i + 1)))
      char = MAQAF;
    out += char;
    origin.push(i);
  }
  origin.push(text.length);
  return { text: out, origin };
}

/**
 * 1 for the code units normalizeForComparison may drop or replace (niqqud, invisible controls, geresh,
 * gershayim and maqaf forms); it copies every other one unchanged, whatever stands around it.
 */
const MAY_CHANGE = (() => {
  const table = new Uint8Array(65536);
  for (let code = 0; code < 65536; code++)
    if (
      isNiqqudCode(code) ||
      isInvisibleCode(code) ||
      isGereshLikeCode(code) ||
      isGershayimLikeCode(code) ||
      isMaqafLikeCode(code)
    )
      table[code] = 1;
  return table;
})();

/** Is text[start, end) its own comparison form (normalizeWord would return it unchanged)? */
export function isNormalRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (MAY_CHANGE[text.charCodeAt(i)] === 1) return false;
  return true;
}

/** The comparison form of a short string (a word or a name), without the offset map. */
export function normalizeWord(text: string): string {
  return isNormalRange(text, 0, text.length) ? text : normalizeForComparison(text).text;
}
