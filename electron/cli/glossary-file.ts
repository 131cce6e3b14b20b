// Chooses the glossary reader by file extension (TBX 2 `martif` / TBX 3 `tbx`, or CSV) and turns a
// glossary that yields nothing usable into a usage error (exit 2), as the CLI contract asks.
import type { CallResult } from '../../shared/contract/define';
import type { Glossary } from '../../shared/glossary/model';
import { translate } from '../../shared/i18n/resources';

/** What the glossary readers in shared/glossary return: the entries read, and what could not be read. */
export interface GlossaryReadResult {
  readonly glossary: Glossary;
  readonly problems: readonly unknown[];
}

export interface GlossaryReaders {
  readonly parseTbx: (xml: string) => GlossaryReadResult;
  readonly parseCsv: (text: string) => GlossaryReadResult;
}

/** A reader's problem may be a message, an i18n error value or an object with a message. */
function describeProblem(problem: unknown): string {
  if (typeof problem === 'string') return problem;
  if (problem && typeof problem === 'object') {
    const p = problem as {
      messageKey?: unknown;
      key?: unknown;
      params?: Record<string, string | number>;
      message?: unknown;
    };
    const key =
      typeof p.messageKey === 'string' ? p.messageKey : typeof p.key === 'string' ? p.key : undefined;
    if (key) return translate('en', key, p.params ?? {});
    if (typeof p.message === 'string') return p.message;
  }
  return JSON.stringify(problem);
}

export function readGlossary(path: string, text: string, readers: GlossaryReaders): CallResult<Glossary> {
  const extension = path.toLowerCase().slice(path.lastIndexOf('.') + 1);
  const reader =
    extension === 'tbx' || extension === 'xml'
      ? readers.parseTbx
      : extension === 'csv'
        ? readers.parseCsv
        : undefined;
  if (!reader)
    return {
      ok: false,
      error: { code: 'cli-glossary-type', messageKey: 'errors:cli-glossary-type', params: { file: path } },
    };
  let result: GlossaryReadResult;
  try {
    result = reader(text);
  } catch (cause) {
    result = {
      glossary: { entries: [] },
      problems: [cause instanceof Error ? cause.message : String(cause)],
    };
  }
  // A glossary with some bad rows is still useful; one with no entries and problems did not parse.
  if (result.glossary.entries.length === 0 && result.problems.length > 0) {
    // The first whole-file error says most about why; warnings (an ignored column) come after.
    const error = result.problems.find((p) => (p as { severity?: unknown }).severity === 'error');
    const reason = describeProblem(error ?? result.problems[0]);
    return {
      ok: false,
      error: {
        code: 'cli-glossary-invalid',
        messageKey: 'errors:cli-glossary-invalid',
        params: { file: path, reason },
      },
    };
  }
  return { ok: true, value: result.glossary };
}
