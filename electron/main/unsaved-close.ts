// The prompt before closing with unsaved work. The page asks with a "beforeunload" handler
// (renderer/review/useProjectSession.ts); a browser then shows its own prompt, but Electron just
// keeps the window open and emits 'will-prevent-unload' for the app to ask (Electron docs). So the
// main process asks, natively and in the UI language, and closes the window on "Discard and close".
import { dialog, type BrowserWindow } from 'electron';
import { translate, type UiLanguage } from '../../shared/i18n/resources';

export function confirmUnsavedClose(window: BrowserWindow, language: () => Promise<UiLanguage>): void {
  // Not calling event.preventDefault() keeps the close cancelled while the user decides.
  window.webContents.on('will-prevent-unload', () => {
    void (async () => {
      const lang = await language();
      const { response } = await dialog.showMessageBox(window, {
        type: 'warning',
        title: translate(lang, 'review:unsavedTitle'),
        message: translate(lang, 'review:unsavedCloseText'),
        buttons: [translate(lang, 'review:discardAndClose'), translate(lang, 'review:cancel')],
        defaultId: 1,
        cancelId: 1,
      });
      // destroy() closes without running the page's beforeunload again.
      if (response === 0 && !window.isDestroyed()) window.destroy();
    })();
  });
}
