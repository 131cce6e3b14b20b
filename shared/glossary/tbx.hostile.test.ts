// The TBX reader against hostile text: arbitrary strings, XML-shaped noise and entity tricks never make
// it throw; every problem it reports is a clear message; entities are never multiplied.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClearMessage } from '../../e2e/fixtures/hostile/clear-message';
import { parseTbx } from './tbx';

const xmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<martif>',
        '</martif>',
        '<text>',
        '<body>',
        '</body>',
        '<termEntry id="a">',
        '</termEntry>',
      ),
      fc.constantFrom(
        '<langSet xml:lang="he">',
        '<tig><term>',
        '</term></tig>',
        '</langSet>',
        '<tbx>',
        '<conceptEntry>',
      ),
      fc.constantFrom(
        '&amp;',
        '&lt;',
        '&#0;',
        '&#x110000;',
        '&undefined;',
        '<!DOCTYPE x [<!ENTITY e "&e;">]>',
        '<![CDATA[',
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

function expectSafe(xml: string): void {
  const { glossary, problems } = parseTbx(xml);
  expect(Array.isArray(glossary.entries)).toBe(true);
  problems.forEach((problem) => expectClearMessage(problem, 'parseTbx'));
}

describe('parseTbx properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 500 }), expectSafe), { numRuns: 400 });
  });
  it('never throws on XML-shaped noise', () => {
    fc.assert(fc.property(xmlish, expectSafe), { numRuns: 600 });
  });
  it('never multiplies nested entities, however deep', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2, max: 20 }), (depth, fan) => {
        const entities = Array.from({ length: depth }, (_, i) =>
          i === 0 ? '<!ENTITY e0 "lol">' : `<!ENTITY e${i} "${`&e${i - 1};`.repeat(fan)}">`,
        );
        const xml = `<?xml version="1.0"?><!DOCTYPE martif [${entities.join('')}]><martif><text><body><termEntry id="a"><langSet xml:lang="en"><tig><term>&e${depth - 1};</term></tig></langSet></termEntry></body></text></martif>`;
        const started = Date.now();
        const result = parseTbx(xml);
        expect(Date.now() - started).toBeLessThan(2_000);
        expect(JSON.stringify(result).length).toBeLessThan(2_100_000);
        result.problems.forEach((problem) => expectClearMessage(problem, 'entity bomb'));
      }),
      { numRuns: 60 },
    );
  });
});
