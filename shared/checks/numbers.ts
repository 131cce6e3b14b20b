// The numbers check (issue "The checking engine", check 4): every quantity in a source paragraph should
// be in its target paragraph — 280,000 = 280,000 = 280 אלף; 1.5 million = 1.5 מיליון; 2014; 5% = 5
// אחוזים; 46 km = 46 ק"מ (a mile converted to kilometres also counts); "two" = שתי/שני; "hundreds" =
// מאות. Runs only where a source paragraph exists. A changed or missing number is a warning: a wrong
// figure in a news story is a correction notice.
import type { Finding } from '../model/finding';
import type { CheckContext, ParagraphCheck } from './types';
import { buildFinding } from './finding-builder';
import { englishQuantities } from './numbers/english-numbers';
import { hebrewQuantities } from './numbers/hebrew-numbers';
import { sameQuantity, type Quantity } from './numbers/quantity';

/**
 * The source figure as the fix for a changed number, when it is plain digits in the same unit (a
 * mile figure is no fix for a kilometre one) and differs from what is there.
 */
function replacementFor(expected: Quantity, sourceText: string, found: Quantity, text: string): string[] {
  const current = text.slice(found.start, found.end);
  const sameUnit = expected.miles === found.miles && expected.kilometres === found.kilometres;
  if (!sameUnit || !/^[\d.,]+$/u.test(sourceText) || sourceText === current) return [];
  // Only a fix that reads back as the source figure (a scale word right after it would multiply it).
  const fixed = text.slice(0, found.start) + sourceText + text.slice(found.end);
  const reread = hebrewQuantities(fixed).find((q) => q.start === found.start);
  return reread && sameQuantity(reread, expected) ? [sourceText] : [];
}

/** Where to put a finding that has no number of its own in the target: the paragraph's first word. */
function firstWord(text: string): { start: number; end: number } | undefined {
  const m = /[^\s]+/u.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

function runParagraph(context: CheckContext, paragraph: number): Finding[] {
  const source = context.document.source[paragraph]?.text;
  const text = context.document.target[paragraph]?.text ?? '';
  if (!source || !text.trim()) return [];
  const expected = englishQuantities(source);
  if (expected.length === 0) return [];
  const found = hebrewQuantities(text);
  const unmatchedTarget = new Set<Quantity>(found);
  const missing: Quantity[] = [];
  for (const q of expected) {
    const match = found.find((t) => unmatchedTarget.has(t) && sameQuantity(q, t));
    if (match) unmatchedTarget.delete(match);
    // A bracketed unit conversion left out of the translation is an editing choice, not an error.
    else if (!q.conversion) missing.push(q);
  }
  const findings: Finding[] = [];
  // A missing source figure and a leftover target figure in digits, taken in order, are one changed number.
  const leftoverDigits = found.filter((t) => unmatchedTarget.has(t) && t.digits && !t.vague);
  for (const q of missing) {
    const sourceText = source.slice(q.start, q.end);
    const sourceRange = { start: q.start, end: q.end, text: sourceText };
    const changed = q.digits && !q.vague ? leftoverDigits.shift() : undefined;
    if (changed) {
      findings.push(
        buildFinding({
          check: 'numbers',
          severity: 'warning',
          paragraph,
          paragraphText: text,
          start: changed.start,
          end: changed.end,
          key: 'numbers-changed',
          params: { expected: sourceText, found: text.slice(changed.start, changed.end) },
          replacements: replacementFor(q, sourceText, changed, text),
          sourceRange,
        }),
      );
      continue;
    }
    const at = firstWord(text);
    if (!at) continue;
    findings.push(
      buildFinding({
        check: 'numbers',
        severity: 'warning',
        paragraph,
        paragraphText: text,
        ...at,
        key: 'numbers-missing',
        params: { number: sourceText },
        sourceRange,
      }),
    );
  }
  return findings;
}

export const numbersCheck: ParagraphCheck = {
  id: 'numbers',
  runParagraph,
  run: (context) => context.document.target.flatMap((_, i) => runParagraph(context, i)),
};
