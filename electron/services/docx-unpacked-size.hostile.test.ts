// The DOCX path under damaged input (issue 7, property tests for every parser): a real Word file with
// random bytes overwritten, or cut short, never makes the size guard throw, and reading it as a
// document gives text or a clear error value — never another exception.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClearMessage } from '../../e2e/fixtures/hostile/clear-message';
import { CallFailure } from './call-failure';
import { checkDocxUnpackedSize } from './docx-unpacked-size';
import { readDocument } from './files';

let real: Buffer;
let dir: string;
beforeAll(async () => {
  real = await Packer.toBuffer(
    new Document({ sections: [{ children: [new Paragraph('ראש עיריית חומס')] }] }),
  );
  dir = await mkdtemp(join(tmpdir(), 'nusach-docx-prop-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The real file with some bytes overwritten, then possibly cut short. */
const damaged = () =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
      fc.option(fc.nat(), { nil: undefined }),
    )
    .map(([edits, cut]) => {
      const bytes = Buffer.from(real);
      for (const [at, value] of edits) bytes[at % bytes.length] = value;
      return cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length);
    });

describe('DOCX reading under damage', () => {
  it('the size guard answers ok, too-large or damaged, never throws', () => {
    fc.assert(
      fc.property(damaged(), (bytes) => {
        expect(['ok', 'too-large', 'damaged']).toContain(checkDocxUnpackedSize(bytes));
      }),
      { numRuns: 500 },
    );
    expect(checkDocxUnpackedSize(real)).toBe('ok');
  });

  it('readDocument gives text or a clear error value', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(damaged(), async (bytes) => {
        const path = join(dir, `damaged-${run++}.docx`);
        await writeFile(path, bytes);
        try {
          const document = await readDocument(path);
          expect(typeof document.text).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(CallFailure);
          expectClearMessage((error as CallFailure).error, 'damaged docx');
        }
      }),
      { numRuns: 150 },
    );
  });
});
