// The glossary model: one entry per concept (a name or term), with its English side and Hebrew terms.
// TBX-Basic maps onto it directly: termEntry/conceptEntry → GlossaryEntry, administrativeStatus → status.

export type EntryKind = 'person' | 'place' | 'organisation' | 'term';

/** TBX-Basic administrativeStatus: preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts. */
export type TermStatus = 'preferred' | 'admitted' | 'deprecated';

export interface HebrewTerm {
  readonly text: string;
  readonly status: TermStatus;
}

export interface GlossaryEntry {
  /** Stable id (TBX termEntry/@id or conceptEntry/@id). */
  readonly id: string;
  readonly kind: EntryKind;
  /** The English term first, then aliases ("Hayat Tahrir al-Sham", "HTS"). */
  readonly source: readonly string[];
  readonly terms: readonly HebrewTerm[];
  readonly note?: string;
  readonly changedBy?: string;
  /** ISO 8601 time of the last change. */
  readonly changedAt?: string;
}

export interface Glossary {
  readonly entries: readonly GlossaryEntry[];
}

export const emptyGlossary: Glossary = { entries: [] };

export function preferredTerm(entry: GlossaryEntry): HebrewTerm | undefined {
  return (
    entry.terms.find((t) => t.status === 'preferred') ?? entry.terms.find((t) => t.status === 'admitted')
  );
}
