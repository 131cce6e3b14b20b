// The typography check (issue "The checking engine", check 5): paragraph-local rules here, plus the
// document-wide index for ״ ׳ ־ look-alikes (whose severity depends on whether the document mixes
// styles, see typography/marks-index.ts). Glued words are the engine's glued-words check, registered
// beside these under the same check id.
//
// Severities: editors abandon a checker that cries wolf (LESSONS.md 8), so house-style matters are info
// and only what a reader would notice as a mistake is a warning.
import type { Finding } from '../model/finding';
import type { CheckContext, ParagraphCheck } from './types';
import { buildFinding } from './finding-builder';
import { isGershayimAt } from './typography/marks';
import { doubleSpaces } from './typography/spacing';
import { repeatedWords } from './typography/repeated-words';
import { detachedPrefixes } from './typography/detached-prefix';
import { unbalancedBrackets, unbalancedQuotes } from './typography/balance';
import { bidiControls } from './typography/bidi-controls';
import { untranslatedLatin } from './typography/latin-text';
import type { RuleHit } from './typography/rule';
import { scannerOf } from './typography/code-scan';

export { TypographyMarksIndex } from './typography/marks-index';

// What each rule needs to find in a paragraph before it runs, as bits per code unit: one pass over the
// paragraph tells which rules to run (most paragraphs need none), instead of a regular expression each.
const SPACE = 1; // a space (two in a row) or a no-break space
const BRACKETS = 2; // ( ) [ ] { }
const BIDI = 4; // bidi marks and controls
const LATIN = 8; // Latin letters
// Double quotes other than gershayim: most paragraphs have only the gershayim of acronyms (צה"ל), which
// the quote rule skips, so a paragraph with no other quote needs no quote rule.
const QUOTES = 16;

const NEEDS = (() => {
  const table = new Uint8Array(65536);
  table[0x20] = SPACE;
  table[0xa0] = SPACE;
  for (const c of '()[]{}') table[c.charCodeAt(0)] = BRACKETS;
  for (const c of '"\u201C\u201D\u201E\u05F4') table[c.charCodeAt(0)] = QUOTES;
  for (const code of [
    0x200e, 0x200f, 0x061c, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
  ])
    table[code] = BIDI;
  for (let code = 0x41; code <= 0x5a; code++) table[code] = LATIN;
  for (let code = 0x61; code <= 0x7a; code++) table[code] = LATIN;
  for (let code = 0xc0; code <= 0x24f; code++) table[code] = LATIN;
  return table;
})();

/** The characters of NEEDS, but a space only as the second of two (code-scan.ts). */
const NEEDS_SCAN = scannerOf(
  NEEDS.map((bits, code) => (code === 0x20 ? 0 : bits)),
  ['  '],
);

/**
 * Which rules a paragraph needs (the bits above; SPACE only for two spaces in a row or a no-break space,
 * QUOTES only for a double quote that is not gershayim).
 */
function neededRules(text: string): number {
  let needs = 0;
  NEEDS_SCAN.lastIndex = 0;
  while (NEEDS_SCAN.test(text)) {
    const i = NEEDS_SCAN.lastIndex - 1;
    const bits = NEEDS[text.charCodeAt(i)] as number;
    if (bits === QUOTES && ((needs & QUOTES) !== 0 || isGershayimAt(text, i))) continue;
    needs |= bits;
  }
  return needs;
}

/**
 * Each rule runs only when its characters are there: most paragraphs need none. A word typed twice and
 * a prefix letter typed apart need only letters and a space, so those rules read every paragraph.
 */
export function typographyHits(text: string): RuleHit[] {
  const hits: RuleHit[] = [...repeatedWords(text), ...detachedPrefixes(text)];
  const needs = neededRules(text);
  if (needs === 0) return hits;
  if (needs & SPACE) hits.push(...doubleSpaces(text));
  if (needs & BRACKETS) hits.push(...unbalancedBrackets(text));
  if (needs & QUOTES) hits.push(...unbalancedQuotes(text, { has: (i) => isGershayimAt(text, i) }));
  if (needs & BIDI) hits.push(...bidiControls(text));
  if (needs & LATIN) hits.push(...untranslatedLatin(text));
  return hits.sort((a, b) => a.start - b.start);
}

function runParagraph(context: CheckContext, paragraph: number): Finding[] {
  const text = context.document.target[paragraph]?.text ?? '';
  return typographyHits(text).map((hit) =>
    buildFinding({ check: 'typography', paragraph, paragraphText: text, ...hit }),
  );
}

export const typographyCheck: ParagraphCheck = {
  id: 'typography',
  runParagraph,
  run: (context) => context.document.target.flatMap((_, i) => runParagraph(context, i)),
};
