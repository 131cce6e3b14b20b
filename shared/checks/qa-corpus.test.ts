// End to end on realistic news pairs (fixtures/README.md): the QA checks report the injected errors
// and raise no other warning. Info findings are counted, not listed: they are the house-style layer.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphsFromText } from '../model/document';
import { checkDocument } from './engine';
import { parseCsv } from '../glossary/csv';

const ours = new Set(['typography', 'numbers', 'glossary', 'source-names']);

const fixture = (file: string) => readFileSync(join(__dirname, 'fixtures', file), 'utf8');

function run(name: string, glossaryFile?: string) {
  const read = (lang: string) => fixture(`news-${name}.${lang}.txt`);
  const target = paragraphsFromText(read('he'));
  const glossary = glossaryFile ? parseCsv(fixture(glossaryFile)).glossary : undefined;
  const document = { source: paragraphsFromText(read('en')), target };
  // A misspelt name that also forms a name cluster is reported once, by name-variants with the English
  // range attached (engine.ts): that finding is this layer's too.
  const findings = checkDocument(document, glossary).filter(
    (f) => ours.has(f.check) || f.sourceRange !== undefined,
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
    ['a', ['8 name-variants לחאן']],
    ['b', ['2 numbers 30,000', '6 name-variants סודני']],
    ['c', ['1 numbers 210', '4 numbers 72', '8 name-variants דרעה', '9 name-variants אדליב']],
    ['e', []],
  ])('news-%s: exactly the injected errors', (name, expected) => {
    expect(run(name).warnings).toEqual(expected);
  });

  it('news-d with the desk glossary: deprecated spellings and the missing term, nothing else', () => {
    expect(run('d', 'desk-glossary.csv').warnings).toEqual([
      '1 glossary חיית תחריר א-שאם',
      '1 glossary אדליב',
      '3 glossary המשא',
      '5 glossary בדרעה',
    ]);
  });

  it('keeps info findings (typed ״ ׳ ־, names not found) under one per ten words', () => {
    for (const name of ['a', 'b', 'c', 'e']) {
      const { info, words } = run(name);
      expect(info).toBeLessThan(words / 10);
    }
  });
});
