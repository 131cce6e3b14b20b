// The reviewer's current text selection as a paragraph range: from the open paragraph editor, else from
// the DOM selection inside a rendered row (spans carry their paragraph offsets, see ParagraphText).
import { activeEditor } from './active-editor';
import { offsetInParagraph } from './ParagraphText';

export interface TextSelection {
  readonly side: 'source' | 'target';
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

export function currentSelection(): TextSelection | null {
  const open = activeEditor.current;
  if (open && open.view.hasFocus) {
    const { from, to } = open.view.state.selection.main;
    return { side: 'target', paragraph: open.paragraph, start: from, end: to };
  }
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) {
    if (open) {
      const { from, to } = open.view.state.selection.main;
      return { side: 'target', paragraph: open.paragraph, start: from, end: to };
    }
    return null;
  }
  const range = selection.getRangeAt(0);
  const cell = (range.startContainer.parentElement ?? null)?.closest<HTMLElement>('.cell-content');
  if (!cell || !cell.contains(range.endContainer)) {
    if (open) {
      const { from, to } = open.view.state.selection.main;
      return { side: 'target', paragraph: open.paragraph, start: from, end: to };
    }
    return null;
  }
  const start = offsetInParagraph(range.startContainer, range.startOffset);
  const end = offsetInParagraph(range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return {
    side: cell.dataset['side'] === 'source' ? 'source' : 'target',
    paragraph: Number(cell.dataset['row']),
    start: Math.min(start, end),
    end: Math.max(start, end),
  };
}
