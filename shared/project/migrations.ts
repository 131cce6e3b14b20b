// Project files written by older versions of Nusach are brought up to PROJECT_VERSION one step at a
// time before they are validated: migrations[n] turns a version-n file into a version-(n+1) file.
// A file from a NEWER Nusach is refused with its own message — guessing at its shape could lose work.
// (LESSONS.md 5: test upgrade migrations against the stored data, VS Code #24067.)
import { PROJECT_VERSION } from './project-file';

export type RawProject = Record<string, unknown>;
export type Migration = (project: RawProject) => RawProject;

/** Version 1 is the first released shape, so no step exists yet. */
export const migrations: Readonly<Record<number, Migration>> = {};

export type MigrationResult =
  | { readonly ok: true; readonly project: RawProject }
  | {
      readonly ok: false;
      readonly reason: 'too-new' | 'no-migration' | 'no-version';
      readonly version?: number;
    };

export function migrate(
  project: RawProject,
  table: Readonly<Record<number, Migration>> = migrations,
  target: number = PROJECT_VERSION,
): MigrationResult {
  let current = project;
  let version = current.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return { ok: false, reason: 'no-version' };
  if (version > target) return { ok: false, reason: 'too-new', version };
  while (version < target) {
    const step = table[version];
    if (!step) return { ok: false, reason: 'no-migration', version };
    current = { ...step(current), version: version + 1 };
    version++;
  }
  return { ok: true, project: current };
}
