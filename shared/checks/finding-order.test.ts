import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Finding } from '../model/finding';
import { compareFindings, sortedFindings } from './finding-order';

const finding = fc.record({
  paragraph: fc.integer({ min: 0, max: 5 }),
  start: fc.integer({ min: 0, max: 4 }),
  end: fc.integer({ min: 4, max: 6 }),
  check: fc.constantFrom('typography', 'glossary', 'name-variants'),
  key: fc.constantFrom('a', 'b'),
  id: fc.nat(),
});

const asFinding = (f: {
  paragraph: number;
  start: number;
  end: number;
  check: string;
  key: string;
  id: number;
}) => ({ ...f, message: { key: f.key, params: {} } }) as unknown as Finding;

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
