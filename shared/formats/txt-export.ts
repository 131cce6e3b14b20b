// The corrected Hebrew as plain text: UTF-8 without a byte-order mark, the text exactly as reviewed
// (bidi controls, line ends and blank lines included), so `diff` against the edited file is empty.
interface TextEncoderLike {
  encode(input: string): Uint8Array;
}
const Encoder = (globalThis as unknown as { TextEncoder: new () => TextEncoderLike }).TextEncoder;

export function buildText(current: string): Uint8Array {
  return new Encoder().encode(current);
}
