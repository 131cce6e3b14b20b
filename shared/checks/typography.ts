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
import { findMarkUses } from './typography/marks';
import { doubleSpaces } from './typography/spacing';
import { unbalancedMarks } from './typography/balance';
import { bidiControls } from './typography/bidi-controls';
import { untranslatedLatin } from './typography/latin-text';
import type { RuleHit } from './typography/rule';

export { TypographyMarksIndex } from './typography/marks-index';

/** Each rule runs only when a cheap test shows its characters are there: most paragraphs need none. */
export function typographyHits(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  if (text.includes('  ') || text.includes('\u00A0')) hits.push(...doubleSpaces(text));
  if (/[()[\]{}"\u201C\u201D\u201E\u05F4]/u.test(text)) {
    const gershayim = new Set(
      findMarkUses(text)
        .filter((u) => u.role === 'gershayim')
        .map((u) => u.start),
    );
    hits.push(...unbalancedMarks(text, gershayim));
  }
  if (/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/u.test(text)) hits.push(...bidiControls(text));
  if (/[A-Za-z\u00C0-\u024F]/u.test(text)) hits.push(...untranslatedLatin(text));
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
