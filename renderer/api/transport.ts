// The renderer's two ways to reach the Node side: the preload bridge (Electron) or HTTP (web host).
import type { AppError, CallResult } from '../../shared/contract/define';
import type { AppEvent } from '../../shared/contract/events';

export interface Transport {
  call(name: string, args: unknown): Promise<CallResult<unknown>>;
  subscribe(listener: (event: AppEvent) => void): () => void;
}

export function transportError(code: string): { ok: false; error: AppError } {
  return { ok: false, error: { code, messageKey: `errors:${code}` } };
}
