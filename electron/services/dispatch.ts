// The one entry point for calls from the UI, used by IPC and by the web host alike: look the call up,
// validate its arguments with the contract's schema, run the handler, and answer a CallResult.
// Nothing a caller sends can crash the Node side: unknown names, malformed arguments and handler
// exceptions all become typed error values.
import type { z } from 'zod';
import type { CallResult, CallSpec, HandlersOf } from '../../shared/contract/define';
import { CallFailure, appError } from './call-failure';

type AnyContract = Record<string, CallSpec<z.ZodType, unknown>>;

export type Dispatch = (name: string, args: unknown) => Promise<CallResult<unknown>>;

export function createDispatch<C extends AnyContract>(
  contract: C,
  handlers: HandlersOf<C>,
  log: (message: string, error: unknown) => void = (message, error) => console.error(message, error),
): Dispatch {
  return async (name, args) => {
    // Object.hasOwn: a name like "__proto__" or "toString" must not reach a prototype member.
    if (typeof name !== 'string' || !Object.hasOwn(contract, name)) {
      return { ok: false, error: appError('unknown-call') };
    }
    const parsed = (contract[name] as CallSpec<z.ZodType, unknown>).args.safeParse(args);
    if (!parsed.success) return { ok: false, error: appError('bad-request') };
    const handler = handlers[name as keyof C] as (args: unknown) => Promise<unknown>;
    try {
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof CallFailure) return { ok: false, error: error.error };
      log(`call ${name} failed`, error);
      return { ok: false, error: appError('internal-error') };
    }
  };
}
