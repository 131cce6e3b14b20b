// What an import did: the problems found on the way, each a translatable message (namespace `errors`),
// so a user sees exactly what was and was not imported and why (issue 5: "a clear report").

/** `error`: something in the file was not imported. `warning`: it was imported, but changed or partly. */
export type ProblemSeverity = 'error' | 'warning';

export interface ImportProblem {
  readonly severity: ProblemSeverity;
  /** `errors:glossary-…`, formatted with `params`. */
  readonly messageKey: string;
  readonly params?: Readonly<Record<string, string | number>>;
  /** The entry concerned, when the problem belongs to one. */
  readonly entryId?: string;
  /** 1-based line in the file (CSV row or XML line), when known. */
  readonly line?: number;
}

export interface ImportReport {
  readonly format: 'tbx' | 'csv';
  /** Entries new to the glossary, now added. */
  readonly added: number;
  /** Entries already in the glossary exactly as in the file. */
  readonly unchanged: number;
  /** Entries whose id exists with other content: kept as they were, offered as conflicts to decide. */
  readonly conflicts: number;
  /** Entries in the file that could not be read (see the problems for why). */
  readonly skipped: number;
  readonly problems: readonly ImportProblem[];
}

/** A whole-file failure: nothing was imported. */
export function fileProblem(code: string, params?: Record<string, string | number>): ImportProblem {
  return { severity: 'error', messageKey: `errors:${code}`, ...(params ? { params } : {}) };
}

export function entryProblem(
  severity: ProblemSeverity,
  code: string,
  entryId: string | undefined,
  params?: Record<string, string | number>,
  line?: number,
): ImportProblem {
  return {
    severity,
    messageKey: `errors:${code}`,
    ...(params ? { params } : {}),
    ...(entryId !== undefined ? { entryId } : {}),
    ...(line !== undefined ? { line } : {}),
  };
}

/** 20 MB: far above any real glossary (the starter is ~40 kB), low enough to parse in a blink. */
export const maxGlossaryBytes = 20 * 1024 * 1024;
