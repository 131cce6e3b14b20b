// The preload bridge: exactly the contract's calls (generated from its keys, one IPC channel each) and
// an event subscription, exposed through contextBridge. Nothing of ipcRenderer itself reaches the page
// (checklist 3; LESSONS.md 6). Bundled to a self-contained CJS file, as the sandbox requires.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { bridgeGlobalName, callChannel, eventChannel, type Bridge } from '../../shared/contract/bridge';
import { callNames } from '../../shared/contract';
import type { AppEvent } from '../../shared/contract/events';

const calls = Object.fromEntries(
  callNames.map((name) => [name, (args: unknown) => ipcRenderer.invoke(callChannel(name), args)]),
) as unknown as Bridge['calls'];

const bridge: Bridge = {
  calls,
  onEvent(listener) {
    const forward = (_event: IpcRendererEvent, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(eventChannel, forward);
    return () => {
      ipcRenderer.removeListener(eventChannel, forward);
    };
  },
};

contextBridge.exposeInMainWorld(bridgeGlobalName, bridge);
