// A failure the user can cause (a missing file, a path outside the workspace), carried out of a
// handler as an exception and turned back into a `{ ok: false, error }` value by dispatch, so the
// renderer always receives an i18n key and never a stack trace.
import type { AppError } from '../../shared/contract/define';

export class CallFailure extends Error {
  constructor(readonly error: AppError) {
    super(error.code);
    this.name = 'CallFailure';
  }
}

/** The error value for `code`; its message is `errors:<code>` in shared/i18n/{en,he}/errors.ts. */
export function appError(code: string, params?: Readonly<Record<string, string | number>>): AppError {
  return { code, messageKey: `errors:${code}`, ...(params ? { params } : {}) };
}

export function fail(code: string, params?: Readonly<Record<string, string | number>>): never {
  throw new CallFailure(appError(code, params));
}
