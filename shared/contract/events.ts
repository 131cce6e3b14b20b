// Node → UI events: the native menu's commands and changes the Node side notices. They travel over
// IPC in Electron and over Server-Sent Events on the web host; the payload types are the contract.
import type { Settings } from './app';

export interface AppEvents {
  'menu:open': Record<string, never>;
  'menu:save': Record<string, never>;
  'menu:save-as': Record<string, never>;
  'menu:next-finding': Record<string, never>;
  'menu:previous-finding': Record<string, never>;
  'menu:about': Record<string, never>;
  /** The user chose a UI language in the View menu; the settings are already saved. */
  'menu:language': { readonly language: Settings['uiLanguage'] };
  /** A file the app has open was changed or deleted (`exists: false`) on disk by another program. */
  'file-changed': { readonly path: string; readonly exists: boolean };
  /** The OS asked us to open files (file association, a second launch): fetch them with `app.openRequests`. */
  'open-requested': Record<string, never>;
  'settings-changed': Settings;
  /** The glossaries changed (an edit, or a file changed on disk and was merged): call glossary.list. */
  'glossary-changed': { readonly revision: number };
}

export type EventName = keyof AppEvents;

export interface AppEvent<N extends EventName = EventName> {
  readonly name: N;
  readonly payload: AppEvents[N];
}

export const eventNames: readonly EventName[] = [
  'menu:open',
  'menu:save',
  'menu:save-as',
  'menu:next-finding',
  'menu:previous-finding',
  'menu:about',
  'menu:language',
  'file-changed',
  'open-requested',
  'settings-changed',
  'glossary-changed',
];
