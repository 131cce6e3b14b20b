// Electron entry point (bundled to dist-electron/main.cjs by electron/build.mjs): one instance, one
// hardened window, the native menu, and the same services the web host uses, reached over IPC.
import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { eventChannel } from '../../shared/contract/bridge';
import { contract } from '../../shared/contract';
import type { Emit } from '../services/context';
import { createDispatch } from '../services/dispatch';
import { createFileWatcher } from '../services/file-watcher';
import { grantedPathsPolicy } from '../services/granted-paths';
import { createHandlers } from '../services/handlers';
import { createRecentFiles } from '../services/recent-files';
import { createSettingsStore } from '../services/settings-store';
import type { UiLanguage } from '../../shared/i18n/resources';
import { registerAppScheme, serveApp } from './app-protocol';
import { nativeDialogs } from './dialogs';
import { hardenApp } from './hardening';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { createMainWindow } from './window';
import { confirmUnsavedClose } from './unsaved-close';
import { windowStateFile } from './window-state';

registerAppScheme();

/** Files named on the command line (file association on Windows and Linux). */
function fileArguments(argv: readonly string[]): string[] {
  return argv.slice(app.isPackaged ? 1 : 2).filter((arg) => !arg.startsWith('-') && arg.endsWith('.nusach'));
}

function systemLanguage(): UiLanguage {
  const preferred = app.getPreferredSystemLanguages()[0] ?? 'en';
  // "iw" is the legacy code for Hebrew that some systems still report (LESSONS.md 1).
  return /^(he|iw)\b/i.test(preferred) ? 'he' : 'en';
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  let window: BrowserWindow | null = null;
  const settings = createSettingsStore(userData, { uiLanguage: systemLanguage() });
  const recent = createRecentFiles(userData);
  const pendingFiles = [...fileArguments(process.argv), ...filesBeforeStart.splice(0)];
  const paths = grantedPathsPolicy([...(await recent.list()).map((r) => r.path), ...pendingFiles]);

  const emit: Emit = (name, payload) => {
    if (name === 'settings-changed')
      installMenu((payload as { uiLanguage: UiLanguage }).uiLanguage, menuActions);
    window?.webContents.send(eventChannel, { name, payload });
  };
  const menuActions = {
    send: emit,
    setLanguage: (language: UiLanguage) =>
      void settings.set({ uiLanguage: language }).then((next) => {
        emit('settings-changed', next);
        emit('menu:language', { language });
      }),
  };
  const openRequests: string[] = [];
  const openFile = (path: string) => {
    paths.grant(path);
    openRequests.push(path);
    emit('open-requested', {});
  };

  hardenApp();
  serveApp(join(app.getAppPath(), 'dist'));
  registerIpc(
    createDispatch(
      contract,
      createHandlers({
        info: { name: 'Nusach', version: app.getVersion(), host: 'electron', nativeDialogs: true },
        samplesDir: join(app.getAppPath(), 'shared', 'samples'),
        stateDir: userData,
        paths,
        settings,
        recent,
        watcher: createFileWatcher(emit),
        dialogs: nativeDialogs(() => window),
        emit,
        openRequests,
      }),
    ),
  );
  installMenu((await settings.get()).uiLanguage, menuActions);

  const stateFile = windowStateFile(userData);
  const openWindow = async () => {
    window = await createMainWindow(join(__dirname, 'preload.cjs'), stateFile);
    window.on('closed', () => (window = null));
    confirmUnsavedClose(window, async () => (await settings.get()).uiLanguage);
  };
  // Queued before the window exists; the UI takes them with app.openRequests once it has started.
  pendingFiles.forEach(openFile);
  openFileNow = openFile;
  await openWindow();

  app.on('second-instance', (_event, argv) => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    fileArguments(argv).forEach(openFile);
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openWindow();
  });
}

// macOS delivers files opened from Finder (file association) through this event, possibly before
// ready: those are kept until the window exists.
const filesBeforeStart: string[] = [];
let openFileNow: ((path: string) => void) | null = null;
app.on('open-file', (event, path) => {
  event.preventDefault();
  if (openFileNow) openFileNow(path);
  else filesBeforeStart.push(path);
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error(error);
    app.exit(1);
  });
}
