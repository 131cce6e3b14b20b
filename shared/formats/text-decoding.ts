// Turns the bytes of a plain-text file into a string, or says clearly why it cannot. Used by the CLI,
// the editor's file import and every other importer, so a file reads the same everywhere.
//
// Order matters: a byte-order mark decides first (UTF-16 text is full of NUL bytes); then binary data
// is refused; then strict UTF-8; then Windows-1255, the legacy Hebrew code page that older Israeli
// Windows tools still write (WHATWG Encoding: "windows-1255"), but only when the bytes look like Hebrew.
import type { AppError, CallResult } from '../contract/define';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1255';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

// shared/ compiles without DOM or Node types; every platform we run on (Node, Chromium, workers) has
// the WHATWG TextDecoder, so we name just the part we use instead of declaring the global.
interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderConstructor = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => TextDecoderLike;
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;

/** Control characters that never occur in text (everything below U+0020 except TAB, LF, VT, FF, CR, ESC). */
function isBinaryControl(byte: number): boolean {
  return (
    byte < 0x20 &&
    byte !== 0x09 &&
    byte !== 0x0a &&
    byte !== 0x0b &&
    byte !== 0x0c &&
    byte !== 0x0d &&
    byte !== 0x1b
  );
}

function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    if (isBinaryControl(byte)) controls++;
  }
  // A stray form feed or bell survives in real text files; a few per hundred bytes does not.
  return controls > Math.max(2, bytes.length / 100);
}

// Windows-1255 byte values that are unassigned (WHATWG index-windows-1255): a file containing them is
// not 1255 text.
const unassigned1255 = new Set([
  0x81, 0x8a, 0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x9a, 0x9c, 0x9d, 0x9e, 0x9f, 0xca, 0xd9, 0xda, 0xdb, 0xdc, 0xdd,
  0xde, 0xdf, 0xfb, 0xfc, 0xff,
]);

/** Hebrew letters are 0xE0–0xFA in Windows-1255; a Hebrew text's high bytes are mostly those. */
function looksLikeWindows1255Hebrew(bytes: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  for (const byte of bytes) {
    if (byte < 0x80) continue;
    if (unassigned1255.has(byte)) return false;
    high++;
    if (byte >= 0xe0 && byte <= 0xfa) letters++;
  }
  return high > 0 && letters / high >= 0.6;
}

function decode(bytes: Uint8Array, encoding: TextEncodingName): string {
  return new Decoder(encoding, { fatal: false }).decode(bytes);
}

function failure(code: string, params?: Record<string, string | number>): CallResult<DecodedText> {
  const error: AppError = { code, messageKey: `errors:${code}`, ...(params ? { params } : {}) };
  return { ok: false, error };
}

export function decodeText(bytes: Uint8Array): CallResult<DecodedText> {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
    return { ok: true, value: { text: decode(bytes.subarray(3), 'utf-8'), encoding: 'utf-8' } };
  if (b0 === 0xff && b1 === 0xfe)
    return { ok: true, value: { text: decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' } };
  if (b0 === 0xfe && b1 === 0xff)
    return { ok: true, value: { text: decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' } };
  if (looksBinary(bytes)) return failure('text-binary');
  try {
    const text = new Decoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, value: { text, encoding: 'utf-8' } };
  } catch {
    // Not UTF-8: fall through to the legacy Hebrew code page.
  }
  if (looksLikeWindows1255Hebrew(bytes))
    return { ok: true, value: { text: decode(bytes, 'windows-1255'), encoding: 'windows-1255' } };
  return failure('text-unknown-encoding');
}
