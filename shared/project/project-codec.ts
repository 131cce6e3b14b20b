// Reading and writing .nusach files. Reading never throws: a file that is not JSON, not a Nusach
// project, from a newer Nusach or malformed is an AppError with an i18n key (namespace `errors`).
import type { AppError, CallResult } from '../contract/define';
import { migrate } from './migrations';
import { PROJECT_FORMAT, projectSchema, type Project } from './project-file';

function failure(code: string, params?: Record<string, string | number>): CallResult<Project> {
  const error: AppError = { code, messageKey: `errors:${code}`, ...(params ? { params } : {}) };
  return { ok: false, error };
}

/** Pretty-printed so a project diffs well in version control; JSON keeps bidi controls as they are. */
export function serializeProject(project: Project): string {
  return JSON.stringify(project, null, 2) + '\n';
}

export function parseProject(json: string): CallResult<Project> {
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    return failure('project-not-json');
  }
  return decodeProject(raw);
}

/** A parsed JSON value as a project: checked, migrated from an older version, validated. */
export function decodeProject(raw: unknown): CallResult<Project> {
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    (raw as { format?: unknown }).format !== PROJECT_FORMAT
  )
    return failure('project-not-nusach');
  const migrated = migrate(raw as Record<string, unknown>);
  if (!migrated.ok)
    return migrated.reason === 'too-new'
      ? failure('project-too-new', { version: migrated.version ?? 0 })
      : failure('project-invalid', { reason: 'version' });
  const parsed = projectSchema.safeParse(migrated.project);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return failure('project-invalid', {
      reason: issue ? `${issue.path.join('.')}: ${issue.message}` : 'schema',
    });
  }
  return { ok: true, value: parsed.data };
}
