// The glossaries the app holds: the personal one (a TBX file in the app's data folder, written on every
// change) and glossary files the user opened (written when the user saves). Each file is watched
// (file-watch.ts).
// When a file changes on disk, its new content is merged three-way with the user's unsaved edits
// (base = what we last read or wrote): nothing is lost, and a clash on one entry becomes a conflict.
import { mkdir } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { FileWatch } from './file-watch';
import type { GlossarySource, GlossaryState } from '../../shared/contract/glossary';
import { personalGlossaryId } from '../../shared/contract/glossary';
import type { Glossary, GlossaryEntry } from '../../shared/glossary/model';
import { emptyGlossary } from '../../shared/glossary/model';
import { mergeGlossaries, resolveConflict, type EntryConflict } from '../../shared/glossary/merge';
import { deleteEntry, importEntries, mergeEntries, upsertEntry } from '../../shared/glossary/edits';
import { fileProblem, type ImportProblem, type ImportReport } from '../../shared/glossary/import-report';
import { writeFileAtomic } from './atomic-write';
import { CallFailure, fail } from './call-failure';
import { failForFsError } from './files';
import {
  diskStamp,
  formatOf,
  isFileFailure,
  parseGlossary,
  readGlossaryText,
  serializeGlossary,
  type DiskStamp,
  type GlossaryFormat,
} from './glossary-files';

const goneKey = 'errors:glossary-file-gone';

export interface GlossaryStoreOptions {
  readonly personalPath: string;
  /** Who is editing: recorded as the entry's changedBy (and `now()` as its changedAt). */
  readonly user: string;
  readonly now?: () => string;
  readonly onChange?: (state: GlossaryState) => void;
  /** Stat polling interval, ms; 0 turns polling off (tests drive `checkDisk` themselves). */
  readonly pollMs?: number;
}

interface Source {
  readonly id: string;
  readonly name: string;
  readonly path: string | null;
  readonly absolute: string;
  base: Glossary;
  current: Glossary;
  dirty: boolean;
  conflicts: EntryConflict[];
  problems: ImportProblem[];
  /** The text we last read from or wrote to disk; a watch event with this text is our own write. */
  diskText: string | null;
  stamp: DiskStamp | null;
  watch?: FileWatch;
}

export class GlossaryStore {
  private readonly sources: Source[] = [];
  private revision = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly now: () => string;

  constructor(private readonly options: GlossaryStoreOptions) {
    // The day of a change: what TBX-Basic records (xsd:date), so memory and file agree.
    this.now = options.now ?? (() => new Date().toISOString().slice(0, 10));
  }

  /** Loads the personal glossary (empty when the file does not exist yet). */
  async init(): Promise<GlossaryState> {
    return this.run(async () => {
      const personal = this.newSource(personalGlossaryId, 'personal', null, this.options.personalPath);
      this.sources.push(personal);
      await this.reload(personal);
      this.watchSource(personal);
      return this.state();
    });
  }

  state(): GlossaryState {
    return { sources: this.sources.map(view), revision: this.revision };
  }

  async open(absolute: string, shown: string): Promise<{ state: GlossaryState; report: ImportReport }> {
    return this.run(async () => {
      const existing = this.sources.find((s) => s.absolute === absolute);
      if (existing)
        return { state: this.state(), report: countReport('tbx', existing.current, existing.problems) };
      if (formatOf(absolute) !== 'tbx') fail('glossary-open-tbx-only');
      const source = this.newSource(shown, basename(absolute), shown, absolute);
      const text = await readGlossaryText(absolute);
      const parsed = parseGlossary('tbx', text);
      const failure = isFileFailure(parsed.problems) ? parsed.problems[0] : undefined;
      if (failure)
        throw new CallFailure({
          code: failure.messageKey.replace(/^errors:/, ''),
          messageKey: failure.messageKey,
          ...(failure.params ? { params: failure.params } : {}),
        });
      Object.assign(source, { base: parsed.glossary, current: parsed.glossary, problems: parsed.problems });
      source.diskText = text;
      source.stamp = await diskStamp(absolute);
      this.sources.push(source);
      this.watchSource(source);
      this.changed();
      return { state: this.state(), report: countReport('tbx', parsed.glossary, parsed.problems) };
    });
  }

  async close(id: string): Promise<GlossaryState> {
    return this.run(async () => {
      const source = this.get(id);
      if (source.path === null) fail('glossary-personal-close');
      source.watch?.stop();
      this.sources.splice(this.sources.indexOf(source), 1);
      this.changed();
      return this.state();
    });
  }

  async upsert(id: string, entry: GlossaryEntry, index?: number): Promise<GlossaryState> {
    const stamped = { ...entry, changedBy: this.options.user, changedAt: this.now() };
    return this.edit(id, (g) => upsertEntry(g, stamped, index));
  }

  async delete(id: string, entryId: string): Promise<GlossaryState> {
    return this.edit(id, (g) => deleteEntry(g, entryId));
  }

  async mergeEntries(id: string, keep: string, remove: string): Promise<GlossaryState> {
    return this.edit(id, (g) => {
      const merged = mergeEntries(g, keep, remove);
      const entry = merged.entries.find((e) => e.id === keep);
      return entry && merged !== g
        ? upsertEntry(merged, { ...entry, changedBy: this.options.user, changedAt: this.now() })
        : merged;
    });
  }

  async resolveConflict(id: string, entryId: string, choice: GlossaryEntry | null): Promise<GlossaryState> {
    return this.edit(id, (g, source) => {
      source.conflicts = source.conflicts.filter((c) => c.id !== entryId);
      return resolveConflict(g, entryId, choice);
    });
  }

  /** Imports parsed entries (from a file or the starter); differences become conflicts, nothing is overwritten. */
  async importGlossary(
    id: string,
    format: GlossaryFormat,
    parsed: { glossary: Glossary; problems: readonly ImportProblem[] },
  ): Promise<{ state: GlossaryState; report: ImportReport }> {
    let report: ImportReport | undefined;
    const state = await this.edit(id, (g, source) => {
      const result = importEntries(g, parsed.glossary);
      source.conflicts = replaceConflicts(source.conflicts, result.conflicts);
      report = {
        format,
        added: result.added,
        unchanged: result.unchanged,
        conflicts: result.conflicts.length,
        skipped: parsed.problems.filter((p) => p.severity === 'error').length,
        problems: parsed.problems,
      };
      return result.glossary;
    });
    return { state, report: report as ImportReport };
  }

  async importFile(id: string, absolute: string): Promise<{ state: GlossaryState; report: ImportReport }> {
    const format = formatOf(absolute);
    const text = await readGlossaryText(absolute);
    return this.importGlossary(id, format, parseGlossary(format, text));
  }

  async exportFile(id: string, absolute: string, format: GlossaryFormat): Promise<number> {
    const glossary = this.get(id).current;
    // The button is off too; an empty TBX body fails the schema, so no call writes one as an export.
    if (format === 'tbx' && glossary.entries.length === 0) fail('glossary-export-empty');
    const text = serializeGlossary(format, glossary);
    const bytes = new TextEncoder().encode(text);
    await writeFileAtomic(absolute, bytes).catch((error: NodeJS.ErrnoException) => failForFsError(error));
    return bytes.byteLength;
  }

  async save(id: string): Promise<GlossaryState> {
    return this.run(async () => {
      const source = this.get(id);
      await this.reload(source);
      await this.write(source);
      this.changed();
      return this.state();
    });
  }

  /** Looks at the file on disk now; merges when someone else changed it. */
  async checkDisk(id: string): Promise<GlossaryState> {
    return this.run(async () => {
      const source = this.get(id);
      if (await this.reload(source)) this.changed();
      return this.state();
    });
  }

  dispose(): void {
    for (const source of this.sources) source.watch?.stop();
  }

  private newSource(id: string, name: string, path: string | null, absolute: string): Source {
    return {
      id,
      name,
      path,
      absolute,
      base: emptyGlossary,
      current: emptyGlossary,
      dirty: false,
      conflicts: [],
      problems: [],
      diskText: null,
      stamp: null,
    };
  }

  private get(id: string): Source {
    return this.sources.find((s) => s.id === id) ?? fail('glossary-not-open');
  }

  /** One operation at a time: a disk reload never interleaves with a user's edit or a save. */
  private run<T>(operation: () => Promise<T>): Promise<T> {
    const next = this.queue.then(operation, operation);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async edit(id: string, change: (g: Glossary, source: Source) => Glossary): Promise<GlossaryState> {
    return this.run(async () => {
      const source = this.get(id);
      source.current = change(source.current, source);
      source.dirty = true;
      // The personal glossary has no Save button: it is written at once (after merging any outside change).
      if (source.path === null) {
        await this.reload(source);
        await this.write(source);
      }
      this.changed();
      return this.state();
    });
  }

  private async write(source: Source): Promise<void> {
    const text = serializeGlossary('tbx', source.current);
    // The app's data folder may not exist before the first personal entry is written.
    if (source.path === null) await mkdir(dirname(source.absolute), { recursive: true });
    await writeFileAtomic(source.absolute, text).catch((error: NodeJS.ErrnoException) =>
      failForFsError(error),
    );
    source.diskText = text;
    source.stamp = await diskStamp(source.absolute);
    source.base = source.current;
    source.dirty = false;
    source.problems = source.problems.filter((p) => p.messageKey !== goneKey);
    source.watch?.watchFolder();
  }

  /** Reads the file if it changed since we last knew it; answers whether anything changed. */
  private async reload(source: Source): Promise<boolean> {
    let text: string;
    try {
      text = await readGlossaryText(source.absolute);
    } catch (error) {
      // Missing (not created yet, or being replaced) or unreadable for now: keep what we have. A file we
      // had read that is now gone or unreadable is said once in the source's problems (issue 7: the app
      // tells the user and keeps their data; saving writes it back).
      if (source.diskText === null || !(error instanceof CallFailure)) return false;
      const gone = fileProblem('glossary-file-gone', { file: source.name });
      if (source.problems.some((p) => p.messageKey === gone.messageKey)) return false;
      source.problems = [gone];
      // What we hold is no longer on disk: it is unsaved work now (Save writes it back; Close asks).
      source.dirty = true;
      return true;
    }
    source.stamp = await diskStamp(source.absolute);
    if (text === source.diskText) {
      // Back as we left it (restored, or made readable again): the warning no longer holds.
      if (!source.problems.some((p) => p.messageKey === goneKey)) return false;
      source.problems = parseGlossary('tbx', text).problems;
      return true;
    }
    const parsed = parseGlossary('tbx', text);
    source.problems = parsed.problems;
    if (isFileFailure(parsed.problems)) return true;
    source.diskText = text;
    if (!source.dirty) {
      source.base = parsed.glossary;
      source.current = parsed.glossary;
      return true;
    }
    const merged = mergeGlossaries(source.base, source.current, parsed.glossary);
    source.base = parsed.glossary;
    source.current = merged.glossary;
    source.conflicts = replaceConflicts(source.conflicts, merged.conflicts);
    return true;
  }

  private watchSource(source: Source): void {
    source.watch = new FileWatch(
      source.absolute,
      () => void this.checkDisk(source.id).catch(() => undefined),
      () => source.stamp,
      this.options.pollMs ?? 2000,
    );
  }

  private changed(): void {
    this.revision++;
    this.options.onChange?.(this.state());
  }
}

function view(source: Source): GlossarySource {
  return {
    id: source.id,
    name: source.name,
    path: source.path,
    glossary: source.current,
    dirty: source.dirty,
    conflicts: source.conflicts,
    problems: source.problems,
  };
}

/** Newer conflicts about an entry replace older ones about the same entry. */
function replaceConflicts(old: readonly EntryConflict[], fresh: readonly EntryConflict[]): EntryConflict[] {
  const ids = new Set(fresh.map((c) => c.id));
  return [...old.filter((c) => !ids.has(c.id)), ...fresh];
}

function countReport(
  format: GlossaryFormat,
  glossary: Glossary,
  problems: readonly ImportProblem[],
): ImportReport {
  return {
    format,
    added: glossary.entries.length,
    unchanged: 0,
    conflicts: 0,
    skipped: problems.filter((p) => p.severity === 'error').length,
    problems,
  };
}
