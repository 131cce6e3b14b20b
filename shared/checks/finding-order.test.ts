import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Finding } from '../model/finding';
import { compareFindings, compareSpots, sortedFindings } from './finding-order';

const finding = fc.record({
  paragraph: fc.integer({ min: 0, max: 5 }),
  start: fc.integer({ min: 0, max: 4 }),
  end: fc.integer({ min: 4, max: 6 }),
  check: fc.constantFrom('typography', 'glossary', 'name-variants'),
  key: fc.constantFrom('a', 'b'),
  fix: fc.constantFrom<string | undefined>('x', 'y', undefined),
  id: fc.nat(),
});

const asFinding = (f: {
  paragraph: number;
  start: number;
  end: number;
  check: string;
  key: string;
  fix: string | undefined;
  id: number;
}) =>
  ({
    ...f,
    message: { key: f.key, params: {} },
    suggestions: f.fix === undefined ? [] : [{ replacement: f.fix }],
  }) as unknown as Finding;

describe('sortedFindings', () => {
  it('gives what concatenating the lists and sorting them stably gives, equal findings in list order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(finding.map(asFinding), { maxLength: 40 }), { maxLength: 6 }),
        (lists) => {
          expect(sortedFindings(lists)).toEqual(lists.flat().sort(compareFindings));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('compareFindings', () => {
  it('orders two findings of one spot by their first fix, so which one is kept is the same in any order', () => {
    const at = { paragraph: 0, start: 0, end: 4, check: 'name-variants', key: 'a', id: 0 };
    const first = asFinding({ ...at, fix: 'א־סיסי' });
    const second = asFinding({ ...at, fix: 'אל־סיסי' });
    expect(compareSpots(first, second)).toBe(0);
    expect([second, first].sort(compareFindings)).toEqual([first, second]);
  });

  it('puts first, of two fixes of one spot, the spelling the document writes more often', () => {
    const at = { paragraph: 0, start: 0, end: 6, check: 'name-variants', key: 'a', id: 0 };
    const spaced = { ...asFinding({ ...at, fix: 'אל חיה' }), message: { key: 'a', params: { count: 8 } } };
    const maqaf = { ...asFinding({ ...at, fix: 'אל־חיה' }), message: { key: 'a', params: { count: 27 } } };
    expect([spaced, maqaf].sort(compareFindings)).toEqual([maqaf, spaced]);
  });
});
