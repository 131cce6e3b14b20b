import { describe, expect, it } from 'vitest';
import { namespaces, resources, translate } from './resources';

describe('UI resources', () => {
  it.each(namespaces)('namespace %s has the same keys in English and Hebrew', (ns) => {
    const en = Object.keys(resources.en[ns]).sort();
    const he = Object.keys(resources.he[ns]).sort();
    expect(
      he.filter((k) => !en.includes(k)),
      'keys only in Hebrew',
    ).toEqual([]);
    expect(
      en.filter((k) => !he.includes(k)),
      'keys only in English',
    ).toEqual([]);
  });

  it.each(namespaces)('namespace %s uses the same {{params}} in both languages', (ns) => {
    const params = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    for (const [key, en] of Object.entries(resources.en[ns])) {
      const he = resources.he[ns][key];
      if (he !== undefined) expect(params(he), `${ns}:${key}`).toEqual(params(en));
    }
  });

  it('interpolates parameters and falls back to the key', () => {
    expect(translate('en', 'nope:missing')).toBe('nope:missing');
  });
});
