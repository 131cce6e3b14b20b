// Stable identities for findings, so "ignore" survives edits elsewhere in the document.
// A fingerprint is built from what the finding is about (check, message key, its own text) and the word
// on each side of it, never from offsets or paragraph numbers: inserting a paragraph above, or editing
// another sentence of the same paragraph, leaves it unchanged. Two identical findings in an identical
// context share a fingerprint, which is what "ignore this" should mean for them.
import { isNormalRange, normalizeWord } from '../hebrew/normalize';

/** FNV-1a over UTF-16 code units, two independent 32-bit lanes: cheap, deterministic, no platform API. */
export function hashString(text: string): string {
  setPart(0, text, 0, text.length);
  const hash = hashParts(1, '');
  forgetParts();
  return hash;
}

/**
 * A hash of strings joined by U+0000, computed over ranges of strings without building the joined text
 * or the parts (a fingerprint is hashed for every finding of a long document). Texts, starts and ends
 * are parallel lists, filled by the caller.
 */
const partTexts: string[] = [];
const partStarts: number[] = [];
const partEnds: number[] = [];

/** The hash of the parts in partTexts/partStarts/partEnds (their first `count`), as 14 base-36 digits. */
function hashParts(count: number, prefix: string): string {
  let length = count - 1;
  for (let k = 0; k < count; k++) length += (partEnds[k] as number) - (partStarts[k] as number);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ length;
  for (let k = 0; k < count; k++) {
    if (k > 0) {
      // The U+0000 between two parts.
      a = Math.imul(a, 0x01000193);
      b = Math.imul(b, 0x5bd1e995) ^ (b >>> 15);
    }
    const part = partTexts[k] as string;
    const end = partEnds[k] as number;
    for (let i = partStarts[k] as number; i < end; i++) {
      const c = part.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
  }
  return withDigits(prefix, a >>> 0, b >>> 0);
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const digitCodes = new Uint16Array(14);

/**
 * Writes `value` in base 36, padded to 7 digits (the largest 32-bit number has 7), at `at`. The digit is
 * what is left after the quotient, not `rest % 36`: above 2^31 the value is a double, and % on doubles
 * was half the time of every fingerprint.
 */
function writeDigits(value: number, at: number): void {
  let rest = value;
  for (let d = 6; d >= 0; d--) {
    const quotient = Math.floor(rest / 36);
    digitCodes[at + d] = DIGITS.charCodeAt(rest - quotient * 36);
    rest = quotient;
  }
}

/** "check:" strings, one per check id, shared by all its fingerprints. */
const prefixes = new Map<string, string>();

/**
 * `prefix` followed by two numbers in base 36, each padded to 7 digits: the digits as one string made
 * from its character codes (no temporary array or padded parts), joined to a shared prefix.
 */
function withDigits(prefix: string, a: number, b: number): string {
  writeDigits(a, 0);
  writeDigits(b, 7);
  const c = digitCodes;
  const digits = String.fromCharCode(
    c[0] as number,
    c[1] as number,
    c[2] as number,
    c[3] as number,
    c[4] as number,
    c[5] as number,
    c[6] as number,
    c[7] as number,
    c[8] as number,
    c[9] as number,
    c[10] as number,
    c[11] as number,
    c[12] as number,
    c[13] as number,
  );
  return prefix === '' ? digits : prefix + digits;
}

/**
 * Exactly the code units JavaScript's `\s` matches (ECMA-262 WhiteSpace and LineTerminator), tested by
 * code so that building a fingerprint runs no regular expression per character.
 */
function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Sets part `k` to the word (run of non-space characters) that ends nearest before `index`, or ''. */
function wordBefore(k: number, text: string, index: number): void {
  let end = index;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  setNormalPart(k, text, start, end);
}

/** Sets part `k` to the word that starts nearest after `index`, or ''. */
function wordAfter(k: number, text: string, index: number): void {
  let start = index;
  while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++;
  setNormalPart(k, text, start, end);
}

/** Sets part `k` to text[start, end) in its comparison form (normalizeWord); cut out only if it changes. */
function setNormalPart(k: number, text: string, start: number, end: number): void {
  if (isNormalRange(text, start, end)) setPart(k, text, start, end);
  else {
    const word = normalizeWord(text.slice(start, end));
    setPart(k, word, 0, word.length);
  }
}

/**
 * The parts hold no text once hashed. Overwritten, not emptied with length = 0, which gave the list a
 * new backing store for every fingerprint.
 */
function forgetParts(): void {
  for (let k = 0; k < partTexts.length; k++) partTexts[k] = '';
}

function setPart(k: number, text: string, start: number, end: number): void {
  partTexts[k] = text;
  partStarts[k] = start;
  partEnds[k] = end;
}

/**
 * The fingerprint of a finding at [start, end) of `paragraphText`: its check, message key and text,
 * and the word on each side of it. The context words are compared after normalisation (geresh/maqaf
 * forms, niqqud, bidi marks), so fixing typography nearby does not resurrect an ignored finding.
 */
export function fingerprintOf(
  check: string,
  messageKey: string,
  paragraphText: string,
  start: number,
  end: number,
): string {
  setPart(0, messageKey, 0, messageKey.length);
  setPart(1, paragraphText, start, end);
  wordBefore(2, paragraphText, start);
  wordAfter(3, paragraphText, end);
  let prefix = prefixes.get(check);
  if (prefix === undefined) prefixes.set(check, (prefix = `${check}:`));
  const fingerprint = hashParts(4, prefix);
  forgetParts();
  return fingerprint;
}
