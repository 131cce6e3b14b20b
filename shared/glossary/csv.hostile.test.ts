// The CSV reader against hostile text: arbitrary strings and ragged, quoted, delimiter-laden rows never
// make it throw, and every problem it reports is a clear message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClearMessage } from '../../e2e/fixtures/hostile/clear-message';
import { csvColumns, parseCsv } from './csv';

const cell = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.constantFrom('"', '""', '"a,b"', '\r', '\n', ';', '\t', 'חומס', '=cmd|" /C calc"!A0', '<script>'),
);
const rows = fc
  .array(fc.array(cell, { maxLength: 14 }), { maxLength: 20 })
  .map((table) => [csvColumns.join(','), ...table.map((row) => row.join(','))].join('\n'));

function expectSafe(csv: string): void {
  const { glossary, problems } = parseCsv(csv);
  expect(Array.isArray(glossary.entries)).toBe(true);
  problems.forEach((problem) => expectClearMessage(problem, 'parseCsv'));
}

describe('parseCsv properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 500 }), expectSafe), { numRuns: 400 });
  });
  it('never throws on ragged rows under a valid header', () => {
    fc.assert(fc.property(rows, expectSafe), { numRuns: 500 });
  });
});
