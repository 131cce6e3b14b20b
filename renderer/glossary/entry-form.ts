// The entry editor's fields as plain strings and back. Several names or spellings go in one field,
// separated by commas (Latin or Arabic comma); a term never contains one.
import type { EntryKind, GlossaryEntry, HebrewTerm, TermStatus } from '../../shared/glossary/model';

export interface EntryFields {
  readonly english: string;
  readonly aliases: string;
  readonly kind: EntryKind;
  readonly preferred: string;
  readonly admitted: string;
  readonly deprecated: string;
  readonly note: string;
}

export const emptyFields: EntryFields = {
  english: '',
  aliases: '',
  kind: 'place',
  preferred: '',
  admitted: '',
  deprecated: '',
  note: '',
};

export function splitList(text: string): string[] {
  return text
    .split(/[,،]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const byStatus = (entry: GlossaryEntry, status: TermStatus) =>
  entry.terms
    .filter((t) => t.status === status)
    .map((t) => t.text)
    .join(', ');

export function fieldsOf(entry: GlossaryEntry): EntryFields {
  return {
    english: entry.source[0] ?? '',
    aliases: entry.source.slice(1).join(', '),
    kind: entry.kind,
    preferred: byStatus(entry, 'preferred'),
    admitted: byStatus(entry, 'admitted'),
    deprecated: byStatus(entry, 'deprecated'),
    note: entry.note ?? '',
  };
}

/** The entry the fields describe, or null when there is no Hebrew spelling (an entry needs one). */
export function entryOf(fields: EntryFields, id: string, previous?: GlossaryEntry): GlossaryEntry | null {
  const terms: HebrewTerm[] = (['preferred', 'admitted', 'deprecated'] as const).flatMap((status) =>
    splitList(fields[status]).map((text) => ({ text, status })),
  );
  if (terms.length === 0) return null;
  const note = fields.note.trim();
  return {
    ...(previous?.changedBy ? { changedBy: previous.changedBy } : {}),
    ...(previous?.changedAt ? { changedAt: previous.changedAt } : {}),
    id,
    kind: fields.kind,
    source: [...splitList(fields.english).slice(0, 1), ...splitList(fields.aliases)],
    terms,
    ...(note ? { note } : {}),
  };
}
