// What the reviewer decided about each finding, for the report: a finding the engine raised on
// ORIGINAL and no longer raises on CURRENT was FIXED; one still raised was IGNORED if its fingerprint
// is on the ignore list, COMMENTED if a comment answers it (by fingerprint, or by overlapping its
// range), and otherwise is still OPEN.
import type { Finding, Severity } from '../model/finding';
import type { ReviewComment } from '../project/comment';

export type Decision = 'fixed' | 'ignored' | 'commented' | 'open';
export const decisions: readonly Decision[] = ['fixed', 'ignored', 'commented', 'open'];

export interface ReviewRow {
  readonly finding: Finding;
  readonly decision: Decision;
  /** The comment's text, for COMMENTED rows. */
  readonly comment?: string;
}

export interface ReviewSummary {
  readonly total: number;
  readonly byDecision: Readonly<Record<Decision, number>>;
  readonly bySeverity: Readonly<Record<Severity, number>>;
}

export interface ReviewInput {
  readonly originalFindings: readonly Finding[];
  readonly currentFindings: readonly Finding[];
  readonly ignored: ReadonlySet<string>;
  readonly comments: readonly ReviewComment[];
}

function commentOn(finding: Finding, comments: readonly ReviewComment[]): ReviewComment | undefined {
  return comments.find(
    (c) =>
      c.fingerprint === finding.fingerprint ||
      (c.fingerprint === undefined &&
        c.paragraph === finding.paragraph &&
        (c.start === c.end || (c.start < finding.end && finding.start < c.end))),
  );
}

export function reviewRows(input: ReviewInput): ReviewRow[] {
  const stillRaised = new Set(input.currentFindings.map((f) => f.fingerprint));
  const fixed: ReviewRow[] = input.originalFindings
    .filter((f) => !stillRaised.has(f.fingerprint))
    .map((finding) => ({ finding, decision: 'fixed' }));
  const current: ReviewRow[] = input.currentFindings.map((finding) => {
    if (input.ignored.has(finding.fingerprint)) return { finding, decision: 'ignored' };
    const comment = commentOn(finding, input.comments);
    return comment
      ? { finding, decision: 'commented', comment: comment.text }
      : { finding, decision: 'open' };
  });
  return [...fixed, ...current].sort(
    (a, b) => a.finding.paragraph - b.finding.paragraph || a.finding.start - b.finding.start,
  );
}

export function summarize(rows: readonly ReviewRow[]): ReviewSummary {
  const byDecision = { fixed: 0, ignored: 0, commented: 0, open: 0 };
  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const row of rows) {
    byDecision[row.decision]++;
    bySeverity[row.finding.severity]++;
  }
  return { total: rows.length, byDecision, bySeverity };
}
