// The shared text decoder against the hostile corpus and arbitrary bytes: it answers with text or a
// clear error value, never throws, and decodes the legacy encodings to the same Hebrew.
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectClearMessage, withinMs } from '../../e2e/fixtures/hostile/clear-message';
import { ensureHostileCorpus, hostileCorpus } from '../../e2e/fixtures/hostile/make-hostile';
import { decodeText } from './text-decoding';

let paths: Map<string, string>;
beforeAll(async () => {
  paths = await ensureHostileCorpus();
}, 120_000);

describe('decodeText on the hostile corpus', () => {
  it.each(hostileCorpus.map((file) => [file.name, file.asText] as const))(
    '%s → %s',
    async (name, expected) => {
      const bytes = new Uint8Array(await readFile(paths.get(name) as string));
      const result = await withinMs(5_000, name, () => decodeText(bytes));
      if (!result.ok) expectClearMessage(result.error, name);
      if (expected !== 'either') expect(result.ok ? 'decodes' : 'refused').toBe(expected);
    },
  );
});

describe('decodeText properties', () => {
  it('never throws on arbitrary bytes, and every refusal is a clear message', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const result = decodeText(bytes);
        if (!result.ok) expectClearMessage(result.error, 'arbitrary bytes');
      }),
      { numRuns: 500 },
    );
  });

  it('reads back any text it was given as UTF-8 without NUL', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        // Control characters other than TAB, LF, VT, FF, CR and ESC mark binary data (text-decoding.ts).
        fc.pre(![...text].some((c) => c < ' ' && !'\t\n\v\f\r\x1b'.includes(c)));
        const result = decodeText(new TextEncoder().encode(text));
        expect(result).toEqual({ ok: true, value: { text, encoding: 'utf-8' } });
      }),
      { numRuns: 300 },
    );
  });
});
