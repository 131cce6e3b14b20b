// How a call across the process boundary is declared: its argument schema (zod, validated on the Node
// side for every call) and its result type. The preload bridge, the web host and the renderer's client
// are all built from the same table, so a call cannot exist in one and not the other.
import type { z } from 'zod';

export interface CallSpec<Args extends z.ZodType, Result> {
  readonly args: Args;
  /** Phantom: carries the result type only. */
  readonly result?: Result;
}

/** `call<Result>()(argsSchema)`: the two steps let TypeScript infer Args while Result is given. */
export const call =
  <Result>() =>
  <Args extends z.ZodType>(args: Args): CallSpec<Args, Result> => ({ args });

/** An error a user can cause, as a value: an i18n key (namespace `errors`) and its parameters. */
export interface AppError {
  readonly code: string;
  readonly messageKey: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type CallResult<Result> =
  { readonly ok: true; readonly value: Result } | { readonly ok: false; readonly error: AppError };

export type ArgsOf<S> = S extends CallSpec<infer A, unknown> ? z.input<A> : never;
export type ParsedArgsOf<S> = S extends CallSpec<infer A, unknown> ? z.output<A> : never;
export type ResultOf<S> = S extends CallSpec<z.ZodType, infer R> ? R : never;

/** The renderer's view of a contract: one async method per call, answering a CallResult. */
export type ClientOf<C extends Record<string, CallSpec<z.ZodType, unknown>>> = {
  readonly [K in keyof C]: (args: ArgsOf<C[K]>) => Promise<CallResult<ResultOf<C[K]>>>;
};

/** The Node side's view: one handler per call, receiving validated arguments. */
export type HandlersOf<C extends Record<string, CallSpec<z.ZodType, unknown>>> = {
  readonly [K in keyof C]: (args: ParsedArgsOf<C[K]>) => Promise<ResultOf<C[K]>>;
};
