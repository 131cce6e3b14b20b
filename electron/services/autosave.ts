// The crash-recovery file: while there is unsaved work the UI sends the project every few seconds and
// it is written here, atomically, in the app's data folder (LESSONS.md 5; VS Code's hot exit keeps
// its backups in userData the same way). On the next start the UI asks for it and offers to restore
// it when it is newer than the project file it belongs to — so after a crash or a killed process, the
// restored state is at most one autosave interval behind the last edit.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecoveryOffer } from '../../shared/contract/project';
import type { Project } from '../../shared/project/project-file';
import { decodeProject } from '../../shared/project/project-codec';
import { writeFileAtomic } from './atomic-write';

// The project inside goes through the same migrations as a project file, so a recovery written by an
// older Nusach is still offered after an upgrade (LESSONS.md 5; VS Code #24067).
const recoverySchema = z.strictObject({
  savedAt: z.string(),
  projectPath: z.string().nullable(),
  project: z.unknown(),
});

export interface RecoveryStore {
  write(project: Project, projectPath: string | null, now?: Date): Promise<string>;
  /**
   * The recovery to offer, given the modification time (ms) of the project file it names, or
   * undefined when that file cannot be read. A recovery older than its project file is stale: removed.
   */
  offer(projectModified: (path: string) => Promise<number | undefined>): Promise<RecoveryOffer | null>;
  discard(): Promise<void>;
}

export function createRecoveryStore(stateDir: string): RecoveryStore {
  const dir = join(stateDir, 'recovery');
  const file = join(dir, 'project.json');
  // One write at a time, in call order: a slow disk must not let an older autosave land last.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };

  async function read(): Promise<RecoveryOffer | null> {
    try {
      const parsed = recoverySchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (!parsed.success) return null;
      const project = decodeProject(parsed.data.project);
      return project.ok ? { ...parsed.data, project: project.value } : null;
    } catch {
      return null;
    }
  }

  return {
    write: (project, projectPath, now = new Date()) =>
      serial(async () => {
        const savedAt = now.toISOString();
        await mkdir(dir, { recursive: true });
        await writeFileAtomic(file, JSON.stringify({ savedAt, projectPath, project }));
        return savedAt;
      }),
    offer: (projectModified) =>
      serial(async () => {
        const recovery = await read();
        if (!recovery) return null;
        if (recovery.projectPath !== null) {
          const modified = await projectModified(recovery.projectPath);
          if (modified !== undefined && modified >= Date.parse(recovery.savedAt)) {
            await rm(file, { force: true });
            return null;
          }
        }
        return recovery;
      }),
    discard: () => serial(() => rm(file, { force: true })),
  };
}
