// Electron: the preload bridge (electron/preload/preload.ts) exposes the contract's calls.
import type { Bridge } from '../../shared/contract/bridge';
import type { CallName } from '../../shared/contract';
import { transportError, type Transport } from './transport';

export function ipcTransport(bridge: Bridge): Transport {
  return {
    async call(name, args) {
      const fn = Object.hasOwn(bridge.calls, name) ? bridge.calls[name as CallName] : undefined;
      if (!fn) return transportError('unknown-call');
      try {
        return await fn(args);
      } catch {
        return transportError('host-unreachable');
      }
    },
    subscribe: (listener) => bridge.onEvent(listener),
  };
}
