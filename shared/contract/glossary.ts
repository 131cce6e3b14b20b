// Calls about glossaries: the personal glossary (in the app's data folder, saved on every change) and
// any number of glossary files the user opens (TBX, saved when the user says so, watched for changes
// by others and merged). Every answer that changes state returns the whole GlossaryState, so the UI
// never holds a stale copy.
import { z } from 'zod';
import { call } from './define';
import { pathSchema, type SavedFile } from './files';
import type { Glossary, GlossaryEntry } from '../glossary/model';
import type { EntryConflict } from '../glossary/merge';
import type { ImportProblem, ImportReport } from '../glossary/import-report';

export const personalGlossaryId = 'personal';

export interface GlossarySource {
  /** `personal`, or the file's path as the UI names it. */
  readonly id: string;
  readonly name: string;
  /** null for the personal glossary. */
  readonly path: string | null;
  readonly glossary: Glossary;
  /** Edits not yet written to the file (never for the personal glossary, which saves at once). */
  readonly dirty: boolean;
  /** Entries changed both here and on disk (or by an import), waiting for the user's decision. */
  readonly conflicts: readonly EntryConflict[];
  /** What was wrong with the file when it was last read (empty when all was well). */
  readonly problems: readonly ImportProblem[];
}

export interface GlossaryState {
  /** The personal glossary first, then opened files in the order they were opened. */
  readonly sources: readonly GlossarySource[];
  /** Increases with every change, so the UI can tell an answer is newer than what it shows. */
  readonly revision: number;
}

export interface GlossaryImportResult {
  readonly state: GlossaryState;
  readonly report: ImportReport;
}

const text = z.string().trim().min(1).max(500);
const sourceId = z.string().min(1).max(4096);

export const termStatusSchema = z.enum(['preferred', 'admitted', 'deprecated']);
export const entryKindSchema = z.enum(['person', 'place', 'organisation', 'term']);

// `satisfies`: the schema and the model must describe the same thing; a drift fails to compile.
export const glossaryEntrySchema = z.strictObject({
  id: z.string().trim().min(1).max(200),
  kind: entryKindSchema,
  source: z.array(text).max(50).readonly(),
  terms: z
    .array(z.strictObject({ text, status: termStatusSchema }).readonly())
    .max(100)
    .readonly(),
  note: z.string().max(10_000).optional(),
  changedBy: z.string().max(200).optional(),
  changedAt: z.string().max(40).optional(),
}) satisfies z.ZodType<GlossaryEntry>;

export const glossaryFormatSchema = z.enum(['tbx', 'csv']);

export const glossaryContract = {
  'glossary.list': call<GlossaryState>()(z.strictObject({})),
  /** Opens a TBX glossary file (shared drive, git checkout) alongside the personal one. */
  'glossary.open': call<GlossaryImportResult>()(z.strictObject({ path: pathSchema })),
  'glossary.close': call<GlossaryState>()(z.strictObject({ source: sourceId })),
  /** Writes an opened file atomically, merging first if someone else changed it meanwhile. */
  'glossary.save': call<GlossaryState>()(z.strictObject({ source: sourceId })),
  /** Adds or replaces an entry (by id); `index` puts it back where it was (undo of a delete). */
  'glossary.upsert': call<GlossaryState>()(
    z.strictObject({
      source: sourceId,
      entry: glossaryEntrySchema,
      index: z.number().int().min(0).optional(),
    }),
  ),
  'glossary.delete': call<GlossaryState>()(
    z.strictObject({ source: sourceId, id: z.string().min(1).max(200) }),
  ),
  /** Two entries that are the same name: `remove`'s names and spellings move into `keep`. */
  'glossary.mergeEntries': call<GlossaryState>()(
    z.strictObject({
      source: sourceId,
      keep: z.string().min(1).max(200),
      remove: z.string().min(1).max(200),
    }),
  ),
  /** Reads a TBX or CSV file into a glossary; nothing already there is lost (differences become conflicts). */
  'glossary.import': call<GlossaryImportResult>()(z.strictObject({ source: sourceId, path: pathSchema })),
  /** The starter glossary of Middle East names (sample data), imported like a file. */
  'glossary.importStarter': call<GlossaryImportResult>()(z.strictObject({ source: sourceId })),
  'glossary.export': call<SavedFile>()(
    z.strictObject({ source: sourceId, path: pathSchema, format: glossaryFormatSchema }),
  ),
  /** The user's decision on a conflict: an entry to keep (either side or a hand-merged one), or null to delete. */
  'glossary.resolveConflict': call<GlossaryState>()(
    z.strictObject({
      source: sourceId,
      id: z.string().min(1).max(200),
      choice: glossaryEntrySchema.nullable(),
    }),
  ),
};
