// Edits of a glossary as pure functions (a glossary is an immutable value), used by the store.
import type { Glossary, GlossaryEntry, HebrewTerm } from './model';
import type { EntryConflict } from './merge';
import { entriesEqual } from './merge';
import { normalizeWord } from '../hebrew/normalize';

/** Replaces the entry with the same id, or adds it (at `index` when given, else at the end). */
export function upsertEntry(glossary: Glossary, entry: GlossaryEntry, index?: number): Glossary {
  const at = glossary.entries.findIndex((e) => e.id === entry.id);
  if (at >= 0) return { entries: glossary.entries.map((e, i) => (i === at ? entry : e)) };
  const entries = [...glossary.entries];
  entries.splice(index ?? entries.length, 0, entry);
  return { entries };
}

export function deleteEntry(glossary: Glossary, id: string): Glossary {
  return { entries: glossary.entries.filter((e) => e.id !== id) };
}

/** Spellings compare in their normalised form: ח'אן and ח׳אן are one spelling (HEBREW.md §5). */
function sameSpelling(a: string, b: string): boolean {
  return normalizeWord(a.trim()) === normalizeWord(b.trim());
}

/**
 * `remove` turns out to be the same name as `keep`: its English names and Hebrew spellings move into
 * `keep` (a second preferred spelling becomes admitted: an entry has one preferred form), notes join.
 */
export function mergeEntryInto(keep: GlossaryEntry, remove: GlossaryEntry): GlossaryEntry {
  const source = [...keep.source];
  for (const name of remove.source)
    if (!source.some((s) => s.toLowerCase() === name.toLowerCase())) source.push(name);
  const hasPreferred = keep.terms.some((t) => t.status === 'preferred');
  const terms: HebrewTerm[] = [...keep.terms];
  for (const term of remove.terms) {
    if (terms.some((t) => sameSpelling(t.text, term.text))) continue;
    terms.push(term.status === 'preferred' && hasPreferred ? { text: term.text, status: 'admitted' } : term);
  }
  const note = [keep.note, remove.note].filter(Boolean).join('\n');
  const { note: _dropped, ...rest } = keep;
  return { ...rest, source, terms, ...(note ? { note } : {}) };
}

export function mergeEntries(glossary: Glossary, keepId: string, removeId: string): Glossary {
  const keep = glossary.entries.find((e) => e.id === keepId);
  const remove = glossary.entries.find((e) => e.id === removeId);
  if (!keep || !remove || keepId === removeId) return glossary;
  return deleteEntry(upsertEntry(glossary, mergeEntryInto(keep, remove)), removeId);
}

export interface ImportMerge {
  readonly glossary: Glossary;
  readonly conflicts: readonly EntryConflict[];
  readonly added: number;
  readonly unchanged: number;
}

/**
 * Brings imported entries into a glossary without losing anything: new ids are added, identical entries
 * change nothing, and an id that exists with other content keeps the current entry and becomes a
 * conflict (ours = current, theirs = imported) for the user to decide.
 */
export function importEntries(current: Glossary, imported: Glossary): ImportMerge {
  const byId = new Map(current.entries.map((e) => [e.id, e]));
  const entries = [...current.entries];
  const conflicts: EntryConflict[] = [];
  let added = 0;
  let unchanged = 0;
  for (const entry of imported.entries) {
    const ours = byId.get(entry.id);
    if (!ours) {
      entries.push(entry);
      byId.set(entry.id, entry);
      added++;
    } else if (entriesEqual(ours, entry)) unchanged++;
    else conflicts.push({ id: entry.id, ours, theirs: entry });
  }
  return { glossary: { entries }, conflicts, added, unchanged };
}
