// The three cells of an aligned row (reviewed box, English paragraph, Hebrew paragraph or its editor),
// each memoized on what it shows: after a keystroke only the row being edited re-renders, not every
// row in view with its translated titles (issue 4: keypress-to-paint under 16 ms on 2,000 paragraphs).
// Handlers come from one stable `RowActions` object, so they never make a cell look changed.
import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextEdit } from '../../shared/model/finding';
import type { ReviewStore } from '../state/review-store';
import { ParagraphText, offsetAtPoint, type TextMark } from './ParagraphText';
import { ParagraphEditor } from './ParagraphEditor';
import type { MarkSpec } from './cm/finding-marks';
import type { RowColumn } from './row-focus';

/** What a cell can ask of the view; one object for the view's lifetime, reading its latest props. */
export interface RowActions {
  readonly rowKeys: (column: RowColumn, row: number, event: KeyboardEvent<HTMLElement>) => void;
  readonly focusRow: (row: number) => void;
  readonly hover: (row: number | null) => void;
  readonly measure: (el: HTMLElement | null) => void;
  readonly activate: (paragraph: number, caret: number) => void;
  readonly leave: (row: number, direction: 'up' | 'down' | 'stay') => void;
  readonly selectFinding: (index: number) => void;
  readonly toggleReviewed: (paragraph: number) => void;
  readonly edits: (edits: readonly TextEdit[]) => void;
  readonly undo: () => void;
  readonly redo: () => void;
}

interface Placed {
  readonly row: number;
  readonly start: number;
  readonly size: number;
  readonly actions: RowActions;
  /** This row's cells are the Tab stops of their columns (roving tabindex, see AlignedView). */
  readonly tabbable: boolean;
}

const cellStyle = (start: number, size: number) => ({ transform: `translateY(${start}px)`, height: size });

function focusProps(column: RowColumn, { row, tabbable, actions }: Placed) {
  return {
    tabIndex: tabbable ? 0 : -1,
    'data-focus-column': column,
    'data-focus-row': row,
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => actions.rowKeys(column, row, event),
  };
}

export const GutterCell = memo(function GutterCell(
  props: Placed & { readonly hasTarget: boolean; readonly reviewed: boolean },
) {
  const { t } = useTranslation();
  const { row, actions } = props;
  return (
    <div className="cell gutter-cell" style={cellStyle(props.start, props.size)}>
      <span className="row-number">{row + 1}</span>
      {props.hasTarget && (
        <input
          type="checkbox"
          className="reviewed-box"
          data-testid="reviewed"
          {...focusProps('reviewed', props)}
          onFocus={() => actions.focusRow(row)}
          checked={props.reviewed}
          aria-label={t('editor:markReviewed', { row: row + 1 })}
          title={t('editor:markReviewed', { row: row + 1 })}
          onChange={() => actions.toggleReviewed(row)}
        />
      )}
    </div>
  );
});

export const SourceCell = memo(function SourceCell(
  props: Placed & {
    readonly text: string | undefined;
    readonly linked: boolean;
    readonly marks: readonly TextMark[];
    readonly currentFinding: number | null;
  },
) {
  const { t } = useTranslation();
  const { row, actions, text } = props;
  return (
    <div
      className={`cell source-cell${props.linked ? ' is-linked' : ''}`}
      style={cellStyle(props.start, props.size)}
      onMouseEnter={() => actions.hover(row)}
      onMouseLeave={() => actions.hover(null)}
      onFocus={() => actions.focusRow(row)}
      data-row={row}
    >
      <div className="cell-content" data-row={row} data-side="source" ref={actions.measure}>
        {text === undefined ? (
          <span className="missing">{t('editor:noParagraph')}</span>
        ) : (
          <p className="paragraph" data-testid="source-paragraph" {...focusProps('source', props)}>
            <ParagraphText text={text} marks={props.marks} currentFinding={props.currentFinding} />
          </p>
        )}
      </div>
    </div>
  );
});

export const TargetCell = memo(function TargetCell(
  props: Placed & {
    readonly text: string | undefined;
    readonly store: ReviewStore;
    readonly linked: boolean;
    readonly reviewed: boolean;
    readonly marks: readonly (TextMark & MarkSpec)[];
    readonly currentFinding: number | null;
    /** The caret offset when this row's paragraph is open in the editor, else null. */
    readonly editingAt: number | null;
  },
) {
  const { t } = useTranslation();
  const { row, actions, text } = props;
  const isActive = props.editingAt !== null;
  return (
    <div
      className={`cell target-cell${props.linked ? ' is-linked' : ''}${isActive ? ' is-active' : ''}${props.reviewed ? ' is-reviewed' : ''}`}
      style={cellStyle(props.start, props.size)}
      onMouseEnter={() => actions.hover(row)}
      onMouseLeave={() => actions.hover(null)}
      onFocus={() => actions.focusRow(row)}
      data-row={row}
    >
      <div className="cell-content" data-row={row} data-side="target" ref={actions.measure}>
        {text === undefined ? (
          <span className="missing">{t('editor:noParagraph')}</span>
        ) : isActive ? (
          <ParagraphEditor
            paragraph={row}
            text={text}
            store={props.store}
            marks={props.marks}
            caret={props.editingAt ?? 0}
            label={t('editor:editParagraph', { row: row + 1 })}
            onEdits={actions.edits}
            onUndo={actions.undo}
            onRedo={actions.redo}
            onLeave={(direction) => actions.leave(row, direction)}
          />
        ) : (
          <p
            className="paragraph"
            data-testid="target-paragraph"
            data-paragraph={row}
            {...focusProps('target', props)}
            // The text itself is what a screen reader reads; how to edit it is the hint.
            title={t('editor:paragraphKeys', { row: row + 1 })}
            onClick={(event) => {
              const finding = (event.target as HTMLElement).closest('[data-finding]');
              if (finding) actions.selectFinding(Number(finding.getAttribute('data-finding')));
              const caret = offsetAtPoint(event.clientX, event.clientY);
              actions.activate(row, caret ?? text.length);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === 'F2') {
                event.preventDefault();
                actions.activate(row, text.length);
              } else actions.rowKeys('target', row, event);
            }}
          >
            <ParagraphText text={text} marks={props.marks} currentFinding={props.currentFinding} />
          </p>
        )}
      </div>
    </div>
  );
});
