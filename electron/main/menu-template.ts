// The native menu as data: File, Edit, View (with the UI language), Help, labelled in the UI language
// from the `app` namespace. Pure, so tests can check every label is translated and every command wired.
import type { MenuItemConstructorOptions } from 'electron';
import type { AppEvents, EventName } from '../../shared/contract/events';
import { translate, uiLanguages, type UiLanguage } from '../../shared/i18n/resources';

export interface MenuActions {
  send<N extends EventName>(name: N, payload: AppEvents[N]): void;
  setLanguage(language: UiLanguage): void;
}

/** Each language is offered in its own name, as language pickers do, whatever the UI language. */
const languageNames: Record<UiLanguage, string> = { en: 'English', he: 'עברית' };

export function menuTemplate(
  language: UiLanguage,
  platform: NodeJS.Platform,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const t = (key: string) => translate(language, `app:${key}`);
  const command = (key: string, name: EventName, accelerator?: string): MenuItemConstructorOptions => ({
    label: t(key),
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(name, {} as never),
  });
  const file: MenuItemConstructorOptions = {
    label: t('menu-file'),
    submenu: [
      command('menu-open', 'menu:open', 'CmdOrCtrl+O'),
      command('menu-save', 'menu:save', 'CmdOrCtrl+S'),
      command('menu-save-as', 'menu:save-as', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      { label: t('menu-quit'), role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('menu-edit'),
    submenu: [
      { label: t('menu-undo'), role: 'undo' },
      { label: t('menu-redo'), role: 'redo' },
      { type: 'separator' },
      { label: t('menu-cut'), role: 'cut' },
      { label: t('menu-copy'), role: 'copy' },
      { label: t('menu-paste'), role: 'paste' },
      { label: t('menu-select-all'), role: 'selectAll' },
      { type: 'separator' },
      command('menu-next-finding', 'menu:next-finding', 'F8'),
      command('menu-previous-finding', 'menu:previous-finding', 'Shift+F8'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('menu-view'),
    submenu: [
      {
        label: t('menu-ui-language'),
        submenu: uiLanguages.map((lng) => ({
          label: languageNames[lng],
          type: 'radio' as const,
          checked: lng === language,
          click: () => actions.setLanguage(lng),
        })),
      },
      { type: 'separator' },
      { label: t('menu-zoom-in'), role: 'zoomIn' },
      { label: t('menu-zoom-out'), role: 'zoomOut' },
      { label: t('menu-zoom-reset'), role: 'resetZoom' },
      { type: 'separator' },
      { label: t('menu-full-screen'), role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: t('menu-help'),
    role: 'help',
    submenu: [command('menu-about', 'menu:about')],
  };
  // macOS puts the app's own menu first and expects Quit there (Apple HIG, "The app menu").
  const mac: MenuItemConstructorOptions[] =
    platform === 'darwin' ? [{ label: 'Nusach', submenu: [{ label: t('menu-quit'), role: 'quit' }] }] : [];
  return [...mac, file, edit, view, help];
}
