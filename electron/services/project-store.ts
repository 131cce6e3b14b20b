// Project files on disk: read with a size bound and the shared codec (so a broken file is a message,
// not a crash), written atomically (atomic-write.ts: temp file, fsync, rename).
import { readFile, stat } from 'node:fs/promises';
import { parseProject, serializeProject } from '../../shared/project/project-codec';
import type { Project } from '../../shared/project/project-file';
import { writeFileAtomic } from './atomic-write';
import { CallFailure, fail } from './call-failure';
import { failForFsError } from './files';

/** A project holds three copies of an article and the review; 64 MiB is far beyond any real one. */
export const maxProjectBytes = 64 * 1024 * 1024;

export async function readProjectFile(absolute: string): Promise<Project> {
  const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => failForFsError(error));
  if (!info.isFile()) fail('not-a-file');
  if (info.size > maxProjectBytes) fail('file-too-large', { megabytes: maxProjectBytes / 1024 / 1024 });
  const json = await readFile(absolute, 'utf8').catch((error: NodeJS.ErrnoException) =>
    failForFsError(error),
  );
  const parsed = parseProject(json);
  if (!parsed.ok) throw new CallFailure(parsed.error);
  return parsed.value;
}

/** Answers the number of bytes written. */
export async function writeProjectFile(absolute: string, project: Project): Promise<number> {
  const bytes = new TextEncoder().encode(serializeProject(project));
  await writeFileAtomic(absolute, bytes).catch((error: NodeJS.ErrnoException) => failForFsError(error));
  return bytes.byteLength;
}
