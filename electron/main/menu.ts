// Installs the native menu in the current UI language; called again whenever the language changes.
import { Menu } from 'electron';
import type { UiLanguage } from '../../shared/i18n/resources';
import { menuTemplate, type MenuActions } from './menu-template';

export function installMenu(language: UiLanguage, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language, process.platform, actions)));
}
