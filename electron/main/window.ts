// The one main window: secure web preferences, remembered size and position, and recovery when the
// renderer process dies (reload with a capped backoff, LESSONS.md 5; element-web #33988).
import { BrowserWindow, screen, type BrowserWindowConstructorOptions } from 'electron';
import type { JsonFile } from '../services/json-file';
import { appEntryUrl, secureWebPreferences } from './security';
import { fitToScreens, minimumSize, type WindowState } from './window-state';

export async function createMainWindow(
  preload: string,
  stateFile: JsonFile<WindowState>,
): Promise<BrowserWindow> {
  const saved = fitToScreens(
    await stateFile.read(),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const options: BrowserWindowConstructorOptions = {
    width: saved.width,
    height: saved.height,
    ...(saved.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}),
    minWidth: minimumSize.width,
    minHeight: minimumSize.height,
    show: false,
    title: 'Nusach',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preload),
  };
  // Electronegativity reads only literal webPreferences; these come from secureWebPreferences(), which
  // sets contextIsolation, sandbox and disableBlinkFeatures 'Auxclick' (pinned by security.test.ts).
  const window = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  if (saved.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    void stateFile.write({ ...bounds, maximized: window.isMaximized() });
  });

  let crashes = 0;
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    crashes++;
    const delay = Math.min(30_000, 500 * 2 ** (crashes - 1));
    setTimeout(() => {
      if (!window.isDestroyed()) void window.loadURL(appEntryUrl);
    }, delay);
  });
  window.webContents.on('did-finish-load', () => {
    // A page that loads and stays up resets the backoff.
    setTimeout(() => (crashes = 0), 60_000);
  });

  await window.loadURL(appEntryUrl);
  return window;
}
