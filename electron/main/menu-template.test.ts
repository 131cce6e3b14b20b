import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { resources, uiLanguages } from '../../shared/i18n/resources';
import { menuTemplate, type MenuActions } from './menu-template';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function recorder() {
  const sent: string[] = [];
  const languages: string[] = [];
  const actions: MenuActions = { send: (name) => sent.push(name), setLanguage: (l) => languages.push(l) };
  return { sent, languages, actions };
}

describe('native menu', () => {
  it.each(uiLanguages)('in %s, every label is a translated string, never a key', (language) => {
    const labels = items(menuTemplate(language, 'linux', recorder().actions))
      .filter((i) => i.type !== 'separator')
      .map((i) => i.label ?? '');
    const translated = new Set(Object.values(resources[language].app));
    const languageNames = ['English', 'עברית'];
    for (const label of labels)
      expect(translated.has(label) || languageNames.includes(label), label).toBe(true);
  });

  it('has File, Edit, View and Help in that order, labelled in the UI language', () => {
    expect(menuTemplate('en', 'linux', recorder().actions).map((m) => m.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Help',
    ]);
    expect(menuTemplate('he', 'linux', recorder().actions).map((m) => m.label)).toEqual([
      'קובץ',
      'עריכה',
      'תצוגה',
      'עזרה',
    ]);
  });

  it('puts the app menu first on macOS', () => {
    expect(menuTemplate('en', 'darwin', recorder().actions)[0]?.label).toBe('Nusach');
  });

  it('sends the UI its commands, with F8 and Shift+F8 for the findings', () => {
    const { sent, actions } = recorder();
    const all = items(menuTemplate('en', 'linux', actions));
    const byAccelerator = (a: string) => all.find((i) => i.accelerator === a);
    for (const accelerator of ['CmdOrCtrl+O', 'CmdOrCtrl+S', 'CmdOrCtrl+Shift+S', 'F8', 'Shift+F8']) {
      (byAccelerator(accelerator)?.click as () => void)();
    }
    expect(sent).toEqual([
      'menu:open',
      'menu:save',
      'menu:save-as',
      'menu:next-finding',
      'menu:previous-finding',
    ]);
  });

  it('offers each UI language in its own name, checks the current one, and switches on click', () => {
    const { languages, actions } = recorder();
    const submenu = items(menuTemplate('he', 'linux', actions)).find((i) => i.label === 'שפת הממשק')
      ?.submenu as MenuItemConstructorOptions[];
    expect(submenu.map((i) => [i.label, i.checked])).toEqual([
      ['English', false],
      ['עברית', true],
    ]);
    (submenu[0]?.click as () => void)();
    expect(languages).toEqual(['en']);
  });
});
