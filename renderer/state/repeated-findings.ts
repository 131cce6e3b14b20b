// Repeated findings of one kind, shown as one row: the seed has ~20 "maqaf typed as a hyphen" notes,
// one per occurrence, which bury everything else in the panel. Findings are "the same kind" when the
// reviewer would read the same row and take the same fix: same check, same message (key and
// parameters, so the text shown is identical) and the same first suggested replacement.
// Only the panel groups; F8 and the rows still walk the individual findings.
import type { Finding, TextEdit } from '../../shared/model/finding';
import type { Step } from './review-state';

/** One line of a check's list: a single finding, or a kind that occurs more than once. */
export type FindingRow =
  | { readonly type: 'single'; readonly index: number }
  | { readonly type: 'repeated'; readonly key: string; readonly indices: readonly number[] };

// Keyed by the finding object: the findings service keeps unchanged findings as the same objects, so
// regrouping after a keystroke stringifies only the findings that are new.
const kindKeys = new WeakMap<Finding, string>();

export function kindKey(f: Finding): string {
  let key = kindKeys.get(f);
  if (key === undefined) {
    key = computeKindKey(f);
    kindKeys.set(f, key);
  }
  return key;
}

function computeKindKey(f: Finding): string {
  const params = Object.keys(f.message.params)
    .sort()
    .map((name) => [name, f.message.params[name]]);
  return JSON.stringify([f.check, f.message.key, params, f.suggestions[0]?.replacement ?? null]);
}

/**
 * The rows for a list of finding indices (into `findings`, in document order). A repeated kind takes
 * the place of its first occurrence, so the list keeps following the document.
 */
export function rowsOf(findings: readonly Finding[], indices: readonly number[]): FindingRow[] {
  const byKind = new Map<string, number[]>();
  for (const i of indices) {
    const f = findings[i];
    if (!f) continue;
    const key = kindKey(f);
    const list = byKind.get(key);
    if (list) list.push(i);
    else byKind.set(key, [i]);
  }
  const rows: FindingRow[] = [];
  for (const [key, members] of byKind) {
    const first = members[0] as number;
    rows.push(
      members.length === 1 ? { type: 'single', index: first } : { type: 'repeated', key, indices: members },
    );
  }
  return rows.sort((a, b) => firstIndex(a) - firstIndex(b));
}

function firstIndex(row: FindingRow): number {
  return row.type === 'single' ? row.index : (row.indices[0] as number);
}

/**
 * "Fix all": every member's first suggestion, as the edits of ONE transaction (one undo step).
 * Edits that overlap an edit already taken are left out: two fixes of one span cannot both apply.
 */
export function fixAllEdits(members: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const f of members) {
    for (const edit of f.suggestions[0]?.edits ?? []) {
      const clash = edits.some(
        (e) => e.paragraph === edit.paragraph && e.start < edit.end && edit.start < e.end,
      );
      const same = edits.some(
        (e) => e.paragraph === edit.paragraph && e.start === edit.start && e.end === edit.end,
      );
      if (!clash && !same) edits.push(edit);
    }
  }
  return edits;
}

/**
 * "Ignore all": each member ignored in this document by its fingerprint (Finding.fingerprint is built
 * from the text and its local context), so the decision is saved with the document and survives a
 * reload, while a new occurrence typed later is still reported.
 */
export function ignoreAllSteps(members: readonly Finding[]): Step[] {
  return [...new Set(members.map((f) => f.fingerprint))].map((fingerprint) => ({
    type: 'ignore',
    fingerprint,
    scope: 'always',
  }));
}
