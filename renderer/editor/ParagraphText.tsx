// A paragraph rendered as text with its marks: every finding's exact range in its own element, coloured
// by severity (static rows; the active row is a ParagraphEditor with the same classes).
import { memo } from 'react';
import { segmentText } from './segments';

export interface TextMark {
  readonly start: number;
  readonly end: number;
  readonly className: string;
  readonly title: string;
  /** Index into the findings list, for selecting the finding on click (-1: not a finding). */
  readonly finding: number;
}

interface ParagraphTextProps {
  readonly text: string;
  readonly marks: readonly TextMark[];
  readonly currentFinding: number | null;
}

export const ParagraphText = memo(function ParagraphText({
  text,
  marks,
  currentFinding,
}: ParagraphTextProps) {
  return (
    <>
      {segmentText(text, marks).map((segment) => {
        if (segment.marks.length === 0)
          return (
            <span key={segment.start} data-start={segment.start}>
              {segment.text}
            </span>
          );
        const selectable = segment.marks.find((m) => m.finding >= 0);
        const current = segment.marks.some((m) => m.finding === currentFinding);
        return (
          <span
            key={segment.start}
            data-start={segment.start}
            data-finding={selectable?.finding}
            className={`${segment.marks.map((m) => m.className).join(' ')}${current ? ' is-current' : ''}`}
            title={segment.marks.map((m) => m.title).join('\n')}
          >
            {segment.text}
          </span>
        );
      })}
    </>
  );
});

/** The offset in the paragraph of a DOM point inside a ParagraphText (spans carry data-start). */
export function offsetInParagraph(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const span = element?.closest('[data-start]');
  if (!span) return null;
  const start = Number(span.getAttribute('data-start'));
  return node.nodeType === Node.TEXT_NODE ? start + offset : start;
}

/** Where a click landed in the text, as a paragraph offset (Chromium: caretRangeFromPoint). */
export function offsetAtPoint(x: number, y: number): number | null {
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? offsetInParagraph(range.startContainer, range.startOffset) : null;
}
