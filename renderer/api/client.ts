// The renderer's typed client for the contract (shared/contract/index.ts). Same type in Electron and
// in a browser; only the transport differs. Every call answers a CallResult: check `ok`, then use
// `value`, or show `t(error.messageKey, error.params)`.
//
//   import { api } from '../api/client';
//   const demo = await api['app.demo']({});
//   if (demo.ok) show(demo.value.source.text, demo.value.target.text);
//   const stop = api.on('menu:next-finding', () => goToNextFinding());
import { callNames, type Contract } from '../../shared/contract';
import { bridgeGlobalName, type Bridge } from '../../shared/contract/bridge';
import type { ClientOf } from '../../shared/contract/define';
import type { AppEvent, AppEvents, EventName } from '../../shared/contract/events';
import { httpTransport } from './http-transport';
import { ipcTransport } from './ipc-transport';
import type { Transport } from './transport';

export interface EventSubscriber {
  on<N extends EventName>(name: N, handler: (payload: AppEvents[N]) => void): () => void;
}

export type Client = ClientOf<Contract> & EventSubscriber;

export function createClient(getTransport: () => Transport): Client {
  let transport: Transport | undefined;
  const current = () => (transport ??= getTransport());
  const calls = Object.fromEntries(
    callNames.map((name) => [name, (args: unknown) => current().call(name, args)]),
  ) as unknown as ClientOf<Contract>;

  // One transport subscription shared by every `on`: on the web host each subscription is an
  // EventSource holding an HTTP/1.1 connection, and Chromium allows six per host, so one per
  // component would soon leave none for the calls.
  const handlers = new Set<(event: AppEvent) => void>();
  let unsubscribe: (() => void) | undefined;
  return {
    ...calls,
    on(name, handler) {
      const filtered = (event: AppEvent) => {
        if (event.name === name) handler(event.payload as AppEvents[typeof name]);
      };
      handlers.add(filtered);
      unsubscribe ??= current().subscribe((event) => handlers.forEach((h) => h(event)));
      return () => {
        handlers.delete(filtered);
        if (handlers.size === 0) {
          unsubscribe?.();
          unsubscribe = undefined;
        }
      };
    },
  };
}

/** Electron's preload bridge when present, else the web host that served this page. */
export function detectTransport(): Transport {
  const bridge = (window as unknown as Record<string, Bridge | undefined>)[bridgeGlobalName];
  return bridge ? ipcTransport(bridge) : httpTransport();
}

/** The app's client; the transport is chosen on first use. */
export const api: Client = createClient(detectTransport);

/** 'electron' when the preload bridge is present (native dialogs and menu), else 'web'. */
export function hostKind(): 'electron' | 'web' {
  return bridgeGlobalName in window ? 'electron' : 'web';
}
