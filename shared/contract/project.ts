// Calls about Nusach project files (.nusach): open, save (atomic), and the crash-recovery file the
// UI writes every few seconds while there is unsaved work (LESSONS.md 5).
import { z } from 'zod';
import { call } from './define';
import { pathSchema, type SavedFile } from './files';
import { projectSchema, type Project } from '../project/project-file';

export interface OpenedProject {
  readonly path: string;
  readonly name: string;
  readonly project: Project;
}

/** A recovery file newer than the project it belongs to (or of a project never saved). */
export interface RecoveryOffer {
  readonly project: Project;
  /** The project file it belongs to, as the UI named it; null for a project never saved. */
  readonly projectPath: string | null;
  /** ISO 8601 time the recovery was written. */
  readonly savedAt: string;
}

export const projectContract = {
  'project.open': call<OpenedProject>()(z.strictObject({ path: pathSchema })),
  /** Writes the project atomically (temp file, fsync, rename) and adds it to the recent files. */
  'project.save': call<SavedFile>()(z.strictObject({ path: pathSchema, project: projectSchema })),
  /** Replaces the recovery file in the app's data folder; the UI calls it while work is unsaved. */
  'project.writeRecovery': call<{ readonly savedAt: string }>()(
    z.strictObject({ project: projectSchema, projectPath: pathSchema.nullable() }),
  ),
  /** The recovery to offer on start: only when it is newer than its project file; else null. */
  'project.recovery': call<RecoveryOffer | null>()(z.strictObject({})),
  /** After a save, a restore or the user's "discard": the recovery file is removed. */
  'project.discardRecovery': call<null>()(z.strictObject({})),
};
