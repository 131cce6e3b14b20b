// Stable identities for findings, so "ignore" survives edits elsewhere in the document.
// A fingerprint is built from what the finding is about (check, message key, its own text) and the word
// on each side of it, never from offsets or paragraph numbers: inserting a paragraph above, or editing
// another sentence of the same paragraph, leaves it unchanged. Two identical findings in an identical
// context share a fingerprint, which is what "ignore this" should mean for them.
import { normalizeWord } from '../hebrew/normalize';

/** FNV-1a over UTF-16 code units, two independent 32-bit lanes: cheap, deterministic, no platform API. */
export function hashString(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(36).padStart(7, '0') + (b >>> 0).toString(36).padStart(7, '0');
}

const SPACE = /\s/;

/** The word (run of non-space characters) that ends nearest before `index`, or '' at the start. */
function wordBefore(text: string, index: number): string {
  let end = index;
  while (end > 0 && SPACE.test(text[end - 1] as string)) end--;
  let start = end;
  while (start > 0 && !SPACE.test(text[start - 1] as string)) start--;
  return text.slice(start, end);
}

/** The word that starts nearest after `index`, or '' at the end. */
function wordAfter(text: string, index: number): string {
  let start = index;
  while (start < text.length && SPACE.test(text[start] as string)) start++;
  let end = start;
  while (end < text.length && !SPACE.test(text[end] as string)) end++;
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
  return `${check}:${hashString([messageKey, own, before, after].join('\u0000'))}`;
}
