// Invisible bidi controls (LESSONS.md 9). Marks (LRM U+200E, RLM U+200F, ALM U+061C) are sometimes put
// in on purpose to fix how punctuation next to Latin text is displayed, so they are info. Embeddings,
// overrides and isolates (U+202A–U+202E, U+2066–U+2069) change the visual order of what readers see
// (the "Trojan Source" problem, CVE-2021-42574) and rarely survive export as intended: warning.
// Either way the fix removes them; adding them back is the editor's explicit "insert RLM/LRM" command.
import type { RuleHit } from './rule';

const names: Readonly<Record<string, string>> = {
  '\u200E': 'LRM',
  '\u200F': 'RLM',
  '\u061C': 'ALM',
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};

const isMark = (ch: string) => ch === '\u200E' || ch === '\u200F' || ch === '\u061C';

export function bidiControls(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const match of text.matchAll(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]+/gu)) {
    const run = [...match[0]];
    const onlyMarks = run.every(isMark);
    hits.push({
      start: match.index,
      end: match.index + match[0].length,
      severity: onlyMarks ? 'info' : 'warning',
      key: onlyMarks ? 'typography-bidi-mark' : 'typography-bidi-control',
      params: { names: run.map((ch) => names[ch]).join(' ') },
      replacements: [''],
    });
  }
  return hits;
}
