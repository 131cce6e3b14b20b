// The Electron security baseline as data and pure functions (no Electron import here, so every rule
// can be unit-tested without an Electron binary). Electron security checklist:
// https://www.electronjs.org/docs/latest/tutorial/security — item numbers cited below.
import type { WebPreferences } from 'electron';

/** The UI is served from app://nusach/ (checklist 18: a custom protocol instead of file://). */
export const appScheme = 'app';
export const appHost = 'nusach';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true, // checklist 3
    sandbox: true, // checklist 4
    nodeIntegration: false, // checklist 2
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true, // checklist 6
    allowRunningInsecureContent: false, // checklist 8
    experimentalFeatures: false, // checklist 9
    enableBlinkFeatures: '', // checklist 10
    // A middle click must not open a link in a new window behind the window-open handler's back
    // (Electronegativity AUXCLICK_JS_CHECK).
    disableBlinkFeatures: 'Auxclick',
    webviewTag: false, // checklist 12
    navigateOnDragDrop: false, // a dropped file must not replace the app (LESSONS.md 6)
    safeDialogs: true,
    spellcheck: false,
  };
}

/** True only for pages of our own UI: the sender check for every IPC message (checklist 17). */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost;
  } catch {
    return false;
  }
}

/** shell.openExternal only for web links (checklist 15; LESSONS.md 6): never file:, smb:, custom schemes. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** The part of an IPC event's sender frame we check (Electron's WebFrameMain). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * An IPC message is answered only when it comes from the top frame of our own UI (checklist 17): not
 * from a frame that navigated away, not from an iframe, not from a destroyed frame (null).
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}

/** A response's own CSP (header names are case-insensitive) and its other headers. */
export function splitPolicy(headers: Record<string, string[]>): {
  own: string[] | undefined;
  rest: Record<string, string[]>;
} {
  const rest: Record<string, string[]> = {};
  let own: string[] | undefined;
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'content-security-policy') own = value;
    else rest[name] = value;
  }
  return { own, rest };
}
