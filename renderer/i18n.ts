// i18next for the UI. The UI language decides only the page's direction (<html lang dir>); the text panes
// pin their own direction from their content language (LESSONS 1): English LTR, Hebrew RTL, always.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { namespaces, resources, uiLanguages, type UiLanguage } from '../shared/i18n/resources';

/** Direction of a UI language. Decided from our own table, not `i18next.dir()`, which can mislabel tags. */
export function directionOf(language: UiLanguage): 'ltr' | 'rtl' {
  return language === 'he' ? 'rtl' : 'ltr';
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

function applyToDocument(language: UiLanguage): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
  document.title = i18next.t('editor:appTitle');
}

export function initI18n(language: UiLanguage): typeof i18next {
  i18next.on('languageChanged', (lng) => {
    if (isUiLanguage(lng)) applyToDocument(lng);
  });
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    ns: [...namespaces],
    defaultNS: 'editor',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  applyToDocument(language);
  return i18next;
}
