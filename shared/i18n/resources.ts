// Every user-visible string, English and Hebrew, in namespaces owned by the part of the app that uses
// them. The renderer loads these into i18next; the CLI formats finding messages from them directly.
import enApp from './en/app';
import enErrors from './en/errors';
import enFindings from './en/findings';
import enEditor from './en/editor';
import enGlossary from './en/glossary';
import enReview from './en/review';
import heApp from './he/app';
import heErrors from './he/errors';
import heFindings from './he/findings';
import heEditor from './he/editor';
import heGlossary from './he/glossary';
import heReview from './he/review';

export const namespaces = ['app', 'errors', 'findings', 'editor', 'glossary', 'review'] as const;
export type Namespace = (typeof namespaces)[number];
export type UiLanguage = 'en' | 'he';
export const uiLanguages: readonly UiLanguage[] = ['en', 'he'];

export const resources: Record<UiLanguage, Record<Namespace, Record<string, string>>> = {
  en: {
    app: enApp,
    errors: enErrors,
    findings: enFindings,
    editor: enEditor,
    glossary: enGlossary,
    review: enReview,
  },
  he: {
    app: heApp,
    errors: heErrors,
    findings: heFindings,
    editor: heEditor,
    glossary: heGlossary,
    review: heReview,
  },
};

/**
 * Formats `namespace:key` with i18next-style `{{param}}` interpolation, for code that runs without
 * i18next (the CLI, exports). Falls back to English, then to the key itself.
 */
export function translate(
  language: UiLanguage,
  namespacedKey: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const [ns, key] = namespacedKey.includes(':') ? namespacedKey.split(':', 2) : ['app', namespacedKey];
  const table = resources[language][ns as Namespace] ?? {};
  const template = table[key as string] ?? resources.en[ns as Namespace]?.[key as string] ?? namespacedKey;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
