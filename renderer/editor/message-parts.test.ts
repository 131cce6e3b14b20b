import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { namespaces, resources } from '../../shared/i18n/resources';
import type { Finding } from '../../shared/model/finding';
import { messageParts } from './message-parts';

// The app's own translations, interpolated as the renderer's i18next does (renderer/i18n.ts).
const i18n = i18next.createInstance();
await i18n.init({
  resources,
  lng: 'en',
  ns: [...namespaces],
  defaultNS: 'editor',
  interpolation: { escapeValue: false },
  initAsync: false,
});
const t = (lng: 'en' | 'he') => (key: string, params: Readonly<Record<string, string | number>>) =>
  i18n.t(key, { ...params, lng });

type Parts = ReturnType<typeof messageParts>;
const show = (parts: Parts) => parts.map((p) => ('text' in p ? p.text : `[${p.param.join('|')}]`)).join('');

describe('messageParts', () => {
  const inconsistent: Pick<Finding, 'message' | 'variants'> = {
    message: {
      key: 'findings:source-names-inconsistent',
      params: { source: 'Samer', count: 2, variants: 'סאמר / סמיר' },
    },
    variants: ['סאמר', 'סמיר'],
  };

  it.each([
    [
      'en',
      inconsistent,
      '[Samer] is written 2 ways in this document: [סאמר|סמיר].',
      'a list of spellings is given item by item; the count stays in the text',
    ],
    ['he', inconsistent, 'השם [Samer] כתוב במסמך ב־2 דרכים: [סאמר|סמיר].', 'the same in the Hebrew UI'],
    [
      'he',
      {
        message: { key: 'findings:numbers-changed', params: { expected: '1.5 million', found: '2 מיליון' } },
      },
      'בפסקת המקור מופיע [1.5 million], אבל בפסקה זו מופיע [2 מיליון].',
      'an English phrase in the Hebrew UI is one parameter',
    ],
    [
      'en',
      {
        message: {
          key: 'findings:typography-glued-words',
          params: { first: 'חיזבאללה', second: 'שהתחייבה' },
        },
      },
      'Two words run together: “[חיזבאללה]” and “[שהתחייבה]”.',
      'quotes around a parameter stay UI text',
    ],
    [
      'en',
      {
        message: {
          key: 'findings:source-names-inconsistent',
          params: { source: 'Samer', count: 2, variants: 'סאמר / סמיר' },
        },
      },
      '[Samer] is written 2 ways in this document: [סאמר / סמיר].',
      'without the finding’s list, the parameter is one value',
    ],
  ] as ['en' | 'he', Pick<Finding, 'message' | 'variants'>, string, string][])(
    '%s: %j → %s (%s)',
    (lng, finding, expected) => {
      expect(show(messageParts(t(lng), finding))).toBe(expected);
    },
  );

  it('joins back to the plain translated message', () => {
    const parts = messageParts(t('en'), inconsistent);
    const joined = parts.map((p) => ('text' in p ? p.text : p.param.join(' / '))).join('');
    expect(joined).toBe(i18n.t('findings:source-names-inconsistent', inconsistent.message.params));
  });
});
