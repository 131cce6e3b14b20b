// How the check CLI prints findings: JSON for scripts, compiler-style lines for people and editors
// (`FILE:LINE:COL severity check message`, the GNU error-message convention, so terminals and IDEs
// link each line to its place).
import type { AlignedDocument } from '../../shared/model/document';
import type { Finding, Severity } from '../../shared/model/finding';
import { translate } from '../../shared/i18n/resources';

export interface CheckStats {
  readonly paragraphs: number;
  readonly words: number;
  readonly ms: number;
}

export interface JsonFinding {
  readonly check: string;
  readonly severity: Severity;
  /** 1-based line in TARGET. */
  readonly line: number;
  /** 0-based UTF-16 offsets within that line. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly message: string;
  readonly suggestions: readonly { readonly replacement: string }[];
  readonly variants?: readonly string[];
  /** Stable across edits elsewhere: what a script keeps to ignore this finding next time. */
  readonly fingerprint: string;
  readonly source?: {
    readonly line: number;
    readonly start: number;
    readonly end: number;
    readonly text: string;
  };
}

export function countWords(document: AlignedDocument): number {
  let words = 0;
  for (const paragraph of document.target) words += paragraph.text.split(/\s+/u).filter(Boolean).length;
  return words;
}

/** Paragraph text is the whole line (paragraphsFromText keeps it untrimmed), so offsets carry over. */
export function toJsonFinding(finding: Finding, document: AlignedDocument): JsonFinding {
  const line = document.target[finding.paragraph]?.line ?? finding.paragraph + 1;
  const sourceLine = document.source[finding.paragraph]?.line;
  return {
    check: finding.check,
    severity: finding.severity,
    line,
    start: finding.start,
    end: finding.end,
    text: finding.text,
    message: translate('en', finding.message.key, finding.message.params),
    suggestions: finding.suggestions.map((s) => ({ replacement: s.replacement })),
    fingerprint: finding.fingerprint,
    ...(finding.variants ? { variants: [...finding.variants] } : {}),
    ...(finding.sourceRange && sourceLine !== undefined
      ? { source: { line: sourceLine, ...finding.sourceRange } }
      : {}),
  };
}

/** Findings in reading order: by line, then column. */
export function sortedForOutput(findings: readonly JsonFinding[]): JsonFinding[] {
  return [...findings].sort((a, b) => a.line - b.line || a.start - b.start || a.end - b.end);
}

export function formatJson(findings: readonly JsonFinding[], stats: CheckStats): string {
  return JSON.stringify({ findings, stats }, null, 2) + '\n';
}

export function formatText(file: string, findings: readonly JsonFinding[], stats: CheckStats): string {
  const lines = findings.map((f) => {
    const fix = f.suggestions[0] ? ` → ${f.suggestions[0].replacement}` : '';
    return `${file}:${f.line}:${f.start + 1} ${f.severity} ${f.check} ${f.message} [${f.text}${fix}]`;
  });
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  lines.push(
    `${count('error')} errors, ${count('warning')} warnings, ${count('info')} info in ${stats.paragraphs} paragraphs ` +
      `(${stats.words} words, ${stats.ms} ms)`,
  );
  return lines.join('\n') + '\n';
}
