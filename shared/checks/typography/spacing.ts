// Two or more spaces between words: invisible in the editor's proportional font, visible in print.
// Leading and trailing spaces are left to the exporters, which trim lines.
import type { RuleHit } from './rule';

export function doubleSpaces(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const match of text.matchAll(/(?<=\S)[ \u00A0]{2,}(?=\S)/gu)) {
    const start = match.index;
    hits.push({
      start,
      end: start + match[0].length,
      severity: 'info',
      key: 'typography-double-space',
      replacements: [' '],
    });
  }
  return hits;
}
