import { describe, expect, it } from 'vitest';
import { decodeText } from './text-decoding';

const hebrew = 'רסטן וטלביסה, 5 ק"מ מחומס – אל-אסד';
const utf8 = (s: string) => new TextEncoder().encode(s);

// Windows-1255 bytes written by hand from the WHATWG index (א = 0xE0 … ת = 0xFA, – = 0x96).
function windows1255(s: string): Uint8Array {
  return Uint8Array.from(
    [...s].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code >= 0x5d0 && code <= 0x5ea) return 0xe0 + (code - 0x5d0);
      if (ch === '–') return 0x96;
      if (code < 0x80) return code;
      throw new Error(`no 1255 byte for ${ch}`);
    }),
  );
}

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    out.push(...(bigEndian ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8]));
  }
  return Uint8Array.from(out);
}

describe('decodeText', () => {
  it.each([
    ['plain UTF-8', utf8(hebrew), 'utf-8'],
    ['UTF-8 with a BOM (Notepad)', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(hebrew)]), 'utf-8'],
    ['UTF-16LE with a BOM (Word "Unicode text")', utf16(hebrew, false), 'utf-16le'],
    ['UTF-16BE with a BOM', utf16(hebrew, true), 'utf-16be'],
    ['Windows-1255 (legacy Hebrew Windows)', windows1255(hebrew), 'windows-1255'],
  ] as const)('decodes %s', (_, bytes, encoding) => {
    const result = decodeText(bytes);
    expect(result).toEqual({ ok: true, value: { text: hebrew, encoding } });
  });

  it('keeps ASCII-only text as UTF-8', () => {
    expect(decodeText(utf8('HTS took Hama.\nline two'))).toEqual({
      ok: true,
      value: { text: 'HTS took Hama.\nline two', encoding: 'utf-8' },
    });
  });

  it.each([
    ['a NUL byte', Uint8Array.from([...utf8('abc'), 0, ...utf8('def')])],
    [
      'many control bytes',
      Uint8Array.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))),
    ],
  ])('refuses binary data with %s', (_, bytes) => {
    const result = decodeText(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.messageKey).toBe('errors:text-binary');
  });

  it('refuses non-UTF-8 bytes that are not Hebrew in Windows-1255 (Latin-1 French)', () => {
    const latin1 = Uint8Array.from(
      [...'Tr']
        .map((c) => c.charCodeAt(0))
        .concat([0xe8, 0x73, 0x20, 0xe9, 0x74, 0xe9, 0x20, 0xa9, 0xa9, 0xb0, 0xb0]),
    );
    const result = decodeText(latin1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.messageKey).toBe('errors:text-unknown-encoding');
  });
});
