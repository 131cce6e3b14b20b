// Unbalanced brackets and double quotation marks within one paragraph. Gershayim typed as " (צה"ל) are
// excluded first (marks.ts decides the role), or every acronym would unbalance its paragraph.
import type { RuleHit } from './rule';
import { isPrefix } from '../../hebrew/prefixes';

const OPENERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

/** Per code unit: BRACKET or QUOTE, or 0 (a table: the paragraph is scanned code unit by code unit). */
const BRACKET = 1;
const QUOTE = 2;
const MARKS = (() => {
  const table = new Uint8Array(65536);
  for (const c of '()[]{}') table[c.charCodeAt(0)] = BRACKET;
  for (const c of '"\u201C\u201D\u201E\u05F4') table[c.charCodeAt(0)] = QUOTE;
  return table;
})();

/** "1)", "א)", "ב." style list markers at the start of a paragraph open nothing. */
function isListMarker(text: string, i: number): boolean {
  return /^\s*[0-9\u05D0-\u05EA]{1,2}$/u.test(text.slice(0, i));
}

export function unbalancedBrackets(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  const stack: number[] = [];
  // A loop over code units, not matchAll: a match object per mark was garbage in every paragraph.
  for (let i = 0; i < text.length; i++) {
    if (MARKS[text.charCodeAt(i)] !== BRACKET) continue;
    const ch = text[i] as string;
    if (ch in OPENERS) stack.push(i);
    else if (ch in CLOSERS) {
      const top = stack.at(-1);
      if (top !== undefined && text[top] === CLOSERS[ch]) stack.pop();
      else if (!isListMarker(text, i) && !/[:;]/.test(text[i - 1] ?? '')) {
        hits.push({
          start: i,
          end: i + 1,
          severity: 'warning',
          key: 'typography-unbalanced-bracket',
          params: { mark: ch, pair: CLOSERS[ch] as string },
        });
      }
    }
  }
  for (const i of stack) {
    const ch = text[i] as string;
    hits.push({
      start: i,
      end: i + 1,
      severity: 'warning',
      key: 'typography-unbalanced-bracket',
      params: { mark: ch, pair: OPENERS[ch] as string },
    });
  }
  return hits;
}

type QuoteSide = 'open' | 'close' | 'either';

function quoteSide(text: string, i: number): QuoteSide {
  const before = text[i - 1];
  const after = text[i + 1];
  // A prefix stays outside the opening quote: ל"רכבי (Academy punctuation rules, HEBREW.md §4).
  let wordStart = i;
  while (wordStart > 0 && /[\u05D0-\u05EA]/u.test(text[wordStart - 1] as string)) wordStart--;
  const prefixOnly = i > wordStart && isPrefix(text.slice(wordStart, i));
  const opensAfter = before === undefined || /[\s([{\u2013\u2014]/u.test(before) || prefixOnly;
  const closesBefore = after === undefined || /[\s.,;:!?)\]}\u2013\u2014]/u.test(after);
  if (opensAfter && !closesBefore) return 'open';
  if (closesBefore && !opensAfter) return 'close';
  return 'either';
}

/** Which double quotation marks are gershayim (a set of their offsets, or a test of one offset). */
export interface GershayimAt {
  has(index: number): boolean;
}

export function unbalancedQuotes(text: string, gershayim: GershayimAt): RuleHit[] {
  const unmatched: number[] = [];
  let open: number | null = null;
  let firstQuote: number | null = null;
  for (let i = 0; i < text.length; i++) {
    if (MARKS[text.charCodeAt(i)] !== QUOTE || gershayim.has(i)) continue;
    firstQuote ??= i;
    const side = quoteSide(text, i);
    if (side === 'open' || (side === 'either' && open === null)) {
      if (open !== null) unmatched.push(open);
      open = i;
    } else if (open === null) unmatched.push(i);
    else open = null;
  }
  // A quotation running over several paragraphs opens each of them and closes only the last (the
  // convention English and Hebrew news share), so an open quote starting the paragraph is not flagged.
  if (open !== null && !(open === firstQuote && text.slice(0, open).trim() === '')) unmatched.push(open);
  return unmatched.map((i) => ({
    start: i,
    end: i + 1,
    severity: 'info' as const,
    key: 'typography-unbalanced-quote',
    params: { mark: text[i] as string },
  }));
}
