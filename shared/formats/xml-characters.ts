// XML 1.0 §2.2 admits TAB, LF, CR and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. Anything else
// (C0 controls, lone surrogates, U+FFFE/U+FFFF) cannot appear in a document, not even as a character
// reference; formats that have a way to carry such a code point (XLIFF 2.0 <cp hex>) use it.
// Everything else — bidi controls included — is written as the character itself (LESSONS.md 9).

export type XmlPiece = { readonly text: string } | { readonly codePoint: number };

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Splits text into runs of XML characters and the single code points XML cannot hold. */
export function xmlPieces(text: string): XmlPiece[] {
  const pieces: XmlPiece[] = [];
  let run = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (isXmlChar(code)) {
      run += char;
      continue;
    }
    if (run !== '') pieces.push({ text: run });
    run = '';
    pieces.push({ codePoint: code });
  }
  if (run !== '') pieces.push({ text: run });
  return pieces;
}

/** For formats without an escape for them (TMX): each such code point becomes U+FFFD. */
export function xmlSafeText(text: string): string {
  return xmlPieces(text)
    .map((piece) => ('text' in piece ? piece.text : '\uFFFD'))
    .join('');
}
