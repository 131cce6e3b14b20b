// Three-way merge of glossaries by entry id (like git's merge of two edits of one base): a change made
// on one side only is taken; the same change on both sides is taken once; different changes to the
// same field of the same entry are a conflict for the user to decide. Fields merge independently, so
// one person fixing the note while another adds a forbidden spelling is not a conflict.
import type { Glossary, GlossaryEntry } from './model';

export interface EntryConflict {
  readonly id: string;
  /** undefined: the entry did not exist in the base (added on both sides) or was deleted on that side. */
  readonly base?: GlossaryEntry;
  readonly ours?: GlossaryEntry;
  readonly theirs?: GlossaryEntry;
}

export interface MergeResult {
  /** The merge; a conflicting entry appears as ours (or theirs, if we deleted it) until resolved. */
  readonly glossary: Glossary;
  readonly conflicts: readonly EntryConflict[];
}

type Field = 'kind' | 'source' | 'terms' | 'note';
const fields: readonly Field[] = ['kind', 'source', 'terms', 'note'];

function fieldEqual(a: GlossaryEntry, b: GlossaryEntry, field: Field): boolean {
  return JSON.stringify(a[field] ?? null) === JSON.stringify(b[field] ?? null);
}

export function entriesEqual(a: GlossaryEntry | undefined, b: GlossaryEntry | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.id === b.id &&
    fields.every((f) => fieldEqual(a, b, f)) &&
    a.changedBy === b.changedBy &&
    a.changedAt === b.changedAt
  );
}

/** The later of two changes by ISO time; a change with a time beats one without. */
function laterChange(a: GlossaryEntry, b: GlossaryEntry): Pick<GlossaryEntry, 'changedBy' | 'changedAt'> {
  const pick = (b.changedAt ?? '') > (a.changedAt ?? '') ? b : a;
  return {
    ...(pick.changedBy !== undefined ? { changedBy: pick.changedBy } : {}),
    ...(pick.changedAt !== undefined ? { changedAt: pick.changedAt } : {}),
  };
}

/** Field-by-field merge of one entry changed on both sides; undefined when a field conflicts. */
function mergeEntry(
  base: GlossaryEntry,
  ours: GlossaryEntry,
  theirs: GlossaryEntry,
): GlossaryEntry | undefined {
  const merged: Record<string, unknown> = { id: ours.id };
  for (const field of fields) {
    let value: unknown;
    if (fieldEqual(ours, theirs, field) || fieldEqual(theirs, base, field)) value = ours[field];
    else if (fieldEqual(ours, base, field)) value = theirs[field];
    else return undefined;
    if (value !== undefined) merged[field] = value;
  }
  return { ...(merged as unknown as GlossaryEntry), ...laterChange(ours, theirs) };
}

function byId(glossary: Glossary): Map<string, GlossaryEntry> {
  return new Map(glossary.entries.map((e) => [e.id, e]));
}

export function mergeGlossaries(base: Glossary, ours: Glossary, theirs: Glossary): MergeResult {
  const baseById = byId(base);
  const oursById = byId(ours);
  const theirsById = byId(theirs);
  // Order is a change too: if we kept the base order, theirs wins; otherwise ours (the user's view does
  // not jump). Entries only the other side has follow, in its order.
  const sameOrder = JSON.stringify([...baseById.keys()]) === JSON.stringify([...oursById.keys()]);
  const [first, second] = sameOrder ? [theirsById, oursById] : [oursById, theirsById];
  const ids = [...first.keys(), ...[...second.keys()].filter((id) => !first.has(id))];
  for (const id of baseById.keys()) if (!ids.includes(id)) ids.push(id);
  const entries: GlossaryEntry[] = [];
  const conflicts: EntryConflict[] = [];
  for (const id of ids) {
    const b = baseById.get(id);
    const o = oursById.get(id);
    const t = theirsById.get(id);
    let result: GlossaryEntry | undefined;
    if (entriesEqual(o, t) || entriesEqual(t, b)) result = o;
    else if (entriesEqual(o, b)) result = t;
    else {
      const merged = b && o && t ? mergeEntry(b, o, t) : undefined;
      if (merged) result = merged;
      else {
        conflicts.push({
          id,
          ...(b ? { base: b } : {}),
          ...(o ? { ours: o } : {}),
          ...(t ? { theirs: t } : {}),
        });
        result = o ?? t;
      }
    }
    if (result) entries.push(result);
  }
  return { glossary: { entries }, conflicts };
}

/** Applies the user's decision on a conflict: keep one side's entry, a hand-merged entry, or delete it. */
export function resolveConflict(glossary: Glossary, id: string, choice: GlossaryEntry | null): Glossary {
  const exists = glossary.entries.some((e) => e.id === id);
  if (choice === null) return { entries: glossary.entries.filter((e) => e.id !== id) };
  if (!exists) return { entries: [...glossary.entries, choice] };
  return { entries: glossary.entries.map((e) => (e.id === id ? choice : e)) };
}
