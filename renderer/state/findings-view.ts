// What the reviewer sees of the engine's findings: ignored ones removed, filters applied, indexed by
// paragraph for the rows, grouped by check for the panel, and stepped through by F8 / Shift+F8.
import type { CheckId, Finding, Severity } from '../../shared/model/finding';
import { onceKey, type ReviewState } from './review-state';

export interface FindingFilters {
  readonly severities: ReadonlySet<Severity>;
  readonly checks: ReadonlySet<CheckId> | null;
}

export const allSeverities: readonly Severity[] = ['error', 'warning', 'info'];

export function isIgnored(f: Finding, state: Pick<ReviewState, 'ignored' | 'ignoredOnce'>): boolean {
  return (
    state.ignored.includes(f.fingerprint) || state.ignoredOnce.includes(onceKey(f.fingerprint, f.paragraph))
  );
}

export function visibleFindings(
  findings: readonly Finding[],
  state: Pick<ReviewState, 'ignored' | 'ignoredOnce'>,
  filters: FindingFilters,
): Finding[] {
  const ignored = new Set(state.ignored);
  const once = state.ignoredOnce.length > 0 ? new Set(state.ignoredOnce) : null;
  return findings.filter(
    (f) =>
      filters.severities.has(f.severity) &&
      (filters.checks === null || filters.checks.has(f.check)) &&
      !ignored.has(f.fingerprint) &&
      (once === null || !once.has(onceKey(f.fingerprint, f.paragraph))),
  );
}

/** Finding indices per target paragraph (indices into the visible list). */
export function indexByParagraph(findings: readonly Finding[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  findings.forEach((f, i) => {
    const list = map.get(f.paragraph);
    if (list) list.push(i);
    else map.set(f.paragraph, [i]);
  });
  return map;
}

export interface CheckGroup {
  readonly check: CheckId;
  readonly indices: readonly number[];
}

export function groupByCheck(findings: readonly Finding[]): CheckGroup[] {
  const groups = new Map<CheckId, number[]>();
  findings.forEach((f, i) => {
    const list = groups.get(f.check);
    if (list) list.push(i);
    else groups.set(f.check, [i]);
  });
  return [...groups].map(([check, indices]) => ({ check, indices }));
}

/**
 * The finding F8 (forward) or Shift+F8 moves to from `current`, wrapping at the ends. With nothing
 * selected it starts from the first or last; findings are in document order (the engine sorts them).
 */
export function stepFinding(count: number, current: number | null, forward: boolean): number | null {
  if (count === 0) return null;
  if (current === null || current >= count) return forward ? 0 : count - 1;
  return forward ? (current + 1) % count : (current - 1 + count) % count;
}

/** Where a finding is, so a selection can be kept when the list is recomputed after an edit. */
export function sameFinding(a: Finding, b: Finding): boolean {
  return a.fingerprint === b.fingerprint && a.paragraph === b.paragraph && a.check === b.check;
}
