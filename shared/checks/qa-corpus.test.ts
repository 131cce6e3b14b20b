// End to end on realistic news pairs (fixtures/README.md): the QA checks report the injected errors
// and raise no other warning. Info findings are counted, not listed: they are the house-style layer.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphsFromText } from '../model/document';
import { checkDocument } from './engine';

const ours = new Set(['typography', 'numbers', 'glossary', 'source-names']);

function run(name: string) {
  const read = (lang: string) =>
    readFileSync(join(__dirname, 'fixtures', `news-${name}.${lang}.txt`), 'utf8');
  const target = paragraphsFromText(read('he'));
  const findings = checkDocument({ source: paragraphsFromText(read('en')), target }).filter((f) =>
    ours.has(f.check),
  );
  const line = (p: number) => target[p]?.line;
  return {
    warnings: findings
      .filter((f) => f.severity !== 'info')
      .map((f) => `${line(f.paragraph)} ${f.check} ${f.text}`),
    info: findings.filter((f) => f.severity === 'info').length,
    words: target.reduce((n, p) => n + p.text.split(/\s+/u).length, 0),
  };
}

describe('QA checks on news pairs', () => {
  it.each([
    ['a', ['8 source-names לחאן']],
    ['b', ['2 numbers 30,000', '6 source-names סודני']],
    ['c', ['1 numbers 210', '4 numbers 72', '8 source-names דרעה', '9 source-names אדליב']],
  ])('news-%s: exactly the injected errors', (name, expected) => {
    expect(run(name).warnings).toEqual(expected);
  });

  it('keeps info findings (typed ״ ׳ ־, names not found) under one per ten words', () => {
    for (const name of ['a', 'b', 'c']) {
      const { info, words } = run(name);
      expect(info).toBeLessThan(words / 10);
    }
  });
});
