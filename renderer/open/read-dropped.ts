// Reads a file dropped on the window in the renderer, the way the Node side reads an opened one: plain
// text through the shared decoder (BOM, UTF-8, UTF-16, Windows-1255, or a clear refusal), DOCX through
// mammoth's browser build, loaded only when a DOCX is dropped so the first screen stays small.
import { decodeText } from '../../shared/formats/text-decoding';
import type { AppError, CallResult } from '../../shared/contract/define';

export interface DroppedText {
  readonly name: string;
  readonly text: string;
}

const fail = (code: string): { ok: false; error: AppError } => ({
  ok: false,
  error: { code, messageKey: `errors:${code}` },
});

export async function readDropped(file: File): Promise<CallResult<DroppedText>> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.docx$/i.test(file.name)) {
    try {
      const mammoth = await import('mammoth/mammoth.browser.min.js');
      const { value } = await mammoth.extractRawText({ arrayBuffer: bytes.buffer });
      const text = value
        .split(/\n+/)
        .map((line) => line.trimEnd())
        .filter((line) => line !== '')
        .join('\n');
      return { ok: true, value: { name: file.name, text } };
    } catch {
      return fail('docx-unreadable');
    }
  }
  const decoded = decodeText(bytes);
  return decoded.ok ? { ok: true, value: { name: file.name, text: decoded.value.text } } : decoded;
}

/** Hebrew or English, by which script most letters are in: decides which side a file goes to. */
export function languageOf(text: string): 'he' | 'en' {
  const sample = text.slice(0, 5000);
  const hebrew = sample.match(/[\u05D0-\u05EA]/g)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  return hebrew > latin ? 'he' : 'en';
}
