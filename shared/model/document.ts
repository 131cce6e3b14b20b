// The aligned pair under review. Paragraphs are aligned by index: source[i] is the English of target[i].

export interface Paragraph {
  readonly text: string;
  /** 1-based line in the file it came from (blank lines are not paragraphs but keep line numbers). */
  readonly line?: number;
}

export interface AlignedDocument {
  readonly source: readonly Paragraph[];
  readonly target: readonly Paragraph[];
}

/** Splits plain text into paragraphs: one per non-blank line, remembering each line's number. */
export function paragraphsFromText(text: string): Paragraph[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const paragraphs: Paragraph[] = [];
  lines.forEach((line, index) => {
    if (line.trim() !== '') paragraphs.push({ text: line, line: index + 1 });
  });
  return paragraphs;
}
