// Stable identities for findings, so "ignore" survives edits elsewhere in the document.
// A fingerprint is built from what the finding is about (check, message key, its own text) and the word
// on each side of it, never from offsets or paragraph numbers: inserting a paragraph above, or editing
// another sentence of the same paragraph, leaves it unchanged. Two identical findings in an identical
// context share a fingerprint, which is what "ignore this" should mean for them.
import { normalizeWord } from '../hebrew/normalize';

/** FNV-1a over UTF-16 code units, two independent 32-bit lanes: cheap, deterministic, no platform API. */
export function hashString(text: string): string {
  return hashJoined([text]);
}

/**
 * hashString of `parts` joined by U+0000, without building the joined text (a fingerprint is hashed
 * for every finding of a long document).
 */
function hashJoined(parts: readonly string[]): string {
  let length = parts.length - 1;
  for (const part of parts) length += part.length;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ length;
  for (let k = 0; k < parts.length; k++) {
    if (k > 0) {
      // The U+0000 between two parts.
      a = Math.imul(a, 0x01000193);
      b = Math.imul(b, 0x5bd1e995) ^ (b >>> 15);
    }
    const part = parts[k] as string;
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
  }
  // One flat string rather than "+" chains: every finding keeps its fingerprint, and a chain of
  // concatenations is kept as several linked string objects.
  return [(a >>> 0).toString(36).padStart(7, '0'), (b >>> 0).toString(36).padStart(7, '0')].join('');
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

/** The word (run of non-space characters) that ends nearest before `index`, or '' at the start. */
function wordBefore(text: string, index: number): string {
  let end = index;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** The word that starts nearest after `index`, or '' at the end. */
function wordAfter(text: string, index: number): string {
  let start = index;
  while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++;
  return text.slice(start, end);
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
  const before = normalizeWord(wordBefore(paragraphText, start));
  const after = normalizeWord(wordAfter(paragraphText, end));
  const own = paragraphText.slice(start, end);
  return [check, hashJoined([messageKey, own, before, after])].join(':');
}
