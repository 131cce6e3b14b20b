// The last step of reading a glossary file: each entry was read with a provisional id; the entries that
// were imported now get their final ids (ids.ts idsForFile), so an id is claimed only by an entry that
// is kept: a first entry refused for having no Hebrew leaves its id to the next one that has it.
import type { GlossaryEntry } from './model';
import { entryProblem, type ImportProblem } from './import-report';
import { asXmlId, idsForFile } from './ids';

/** One entry of the file as read: undefined when it was refused, with the problems it raised. */
export interface EntryAsRead {
  readonly entry: GlossaryEntry | undefined;
  readonly problems: readonly ImportProblem[];
  /** The id as the file writes it (trimmed), undefined when there is none. */
  readonly written: string | undefined;
  readonly line: number | undefined;
}

/**
 * The entries with their final ids, and every problem in file order, a duplicate id reported where
 * the duplicate stands. `madeUp(i)`: the base of a new id for the i-th entry read, which has none.
 */
export function settleIds(
  read: readonly EntryAsRead[],
  madeUp: (index: number) => string,
): { entries: GlossaryEntry[]; problems: ImportProblem[] } {
  const imported = read.flatMap((r, index) => (r.entry ? [index] : []));
  const ids = idsForFile(
    imported.map((index) => read[index]?.written),
    (k) => madeUp(imported[k] as number),
  );
  const finalIds = new Map(imported.map((index, k) => [index, ids[k]]));
  const entries: GlossaryEntry[] = [];
  const problems: ImportProblem[] = [];
  read.forEach(({ entry, problems: own, written, line }, index) => {
    const id = finalIds.get(index);
    if (!entry || id === undefined) {
      problems.push(...own);
      if (entry)
        problems.push(entryProblem('error', 'glossary-duplicate-id', asXmlId(written ?? ''), {}, line));
      return;
    }
    // The entry's own problems named it by its provisional id.
    problems.push(...own.map((p) => (p.entryId === entry.id ? { ...p, entryId: id } : p)));
    entries.push({ ...entry, id });
  });
  return { entries, problems };
}
