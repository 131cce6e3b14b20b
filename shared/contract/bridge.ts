// How the contract travels: IPC channel names (Electron) and HTTP paths (web host), and the shape of
// the preload bridge the renderer finds at `window.nusach`. Named once here so the two ends agree.
import type { CallResult } from './define';
import type { AppEvent } from './events';
import type { CallName } from './index';

export const bridgeGlobalName = 'nusach';
export const callChannel = (name: string): string => `nusach:call:${name}`;
export const eventChannel = 'nusach:event';

export const httpCallPrefix = '/api/call/';
export const httpEventsPath = '/api/events';
/** The web host's per-launch secret: `?token=` on the first page load, then this cookie or header. */
export const tokenQueryName = 'token';
export const tokenCookieName = 'nusach_token';
export const tokenHeaderName = 'x-nusach-token';

export interface Bridge {
  /** Exactly the contract's calls, one function per name; arguments are validated on the Node side. */
  readonly calls: { readonly [K in CallName]: (args: unknown) => Promise<CallResult<unknown>> };
  /** Subscribes to Node → UI events; answers the unsubscribe function. */
  readonly onEvent: (listener: (event: AppEvent) => void) => () => void;
}
