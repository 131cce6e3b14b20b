// What the glossary view lists: search across both languages (English names and Hebrew spellings, the
// Hebrew compared in its normalised form so ח'אן finds ח׳אן), filter by kind, sort.
import type { EntryKind, GlossaryEntry } from '../../shared/glossary/model';
import { preferredTerm } from '../../shared/glossary/model';
import { normalizeWord } from '../../shared/hebrew/normalize';

export type SortKey = 'english' | 'hebrew' | 'kind' | 'changed';

export interface ListOptions {
  readonly query: string;
  readonly kind: EntryKind | 'all';
  readonly sort: SortKey;
}

function matches(entry: GlossaryEntry, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  const hebrew = normalizeWord(q);
  return (
    entry.id.includes(q) ||
    entry.source.some((s) => s.toLowerCase().includes(q)) ||
    entry.terms.some((t) => normalizeWord(t.text).includes(hebrew)) ||
    (entry.note ?? '').toLowerCase().includes(q)
  );
}

const english = (e: GlossaryEntry) => e.source[0] ?? '';
const hebrew = (e: GlossaryEntry) => preferredTerm(e)?.text ?? e.terms[0]?.text ?? '';

const compare: Record<SortKey, (a: GlossaryEntry, b: GlossaryEntry) => number> = {
  english: (a, b) => english(a).localeCompare(english(b), 'en', { sensitivity: 'base' }),
  hebrew: (a, b) => hebrew(a).localeCompare(hebrew(b), 'he'),
  kind: (a, b) => a.kind.localeCompare(b.kind) || english(a).localeCompare(english(b), 'en'),
  // Most recently changed first; entries never changed last.
  changed: (a, b) => (b.changedAt ?? '').localeCompare(a.changedAt ?? ''),
};

export function listEntries(entries: readonly GlossaryEntry[], options: ListOptions): GlossaryEntry[] {
  return entries
    .filter((e) => (options.kind === 'all' || e.kind === options.kind) && matches(e, options.query))
    .sort(compare[options.sort]);
}
