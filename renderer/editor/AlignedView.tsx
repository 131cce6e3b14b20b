// The side-by-side view: English source pane (always LTR) and Hebrew target pane (always RTL), one row
// per aligned paragraph pair. Both panes live in one scroller so they scroll together; only the rows in
// view are rendered (@tanstack/react-virtual), each row as tall as the taller of its two paragraphs.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { Finding, TextEdit } from '../../shared/model/finding';
import type { ReviewState } from '../state/review-state';
import { ParagraphText, offsetAtPoint, type TextMark } from './ParagraphText';
import { ParagraphEditor } from './ParagraphEditor';
import type { MarkSpec } from './cm/finding-marks';
import type { ClusterMark } from './cluster-marks';
import { focusWhenRendered, nextRow, type RowColumn } from './row-focus';

/** A request to bring a row into view (F8, a click in a list); `seq` makes each request new. */
export interface ScrollRequest {
  readonly row: number;
  readonly seq: number;
}

export interface AlignedViewProps {
  readonly state: ReviewState;
  readonly findings: readonly Finding[];
  readonly byParagraph: ReadonlyMap<number, readonly number[]>;
  readonly clusterMarks: ReadonlyMap<number, readonly ClusterMark[]>;
  readonly currentFinding: number | null;
  readonly active: { readonly paragraph: number; readonly caret: number } | null;
  readonly focusRow: number;
  readonly sourceName: string;
  readonly targetName: string;
  readonly onActivate: (paragraph: number, caret: number) => void;
  readonly onDeactivate: (next: number | null) => void;
  readonly onFocusRow: (row: number) => void;
  readonly onSelectFinding: (index: number) => void;
  readonly onEdits: (edits: readonly TextEdit[]) => void;
  readonly onToggleReviewed: (paragraph: number) => void;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly scrollRequest: ScrollRequest | null;
}

const severityClass = (f: Finding) => `finding sev-${f.severity} check-${f.check}`;

/** Rough height before measuring: ~70 characters a line at the default width. */
const estimateRow = (a: string, b: string) => 28 + 26 * Math.ceil(Math.max(a.length, b.length, 1) / 70);

export function AlignedView(props: AlignedViewProps) {
  const { t } = useTranslation();
  const { state, findings, byParagraph } = props;
  const rows = Math.max(state.source.length, state.target.length);
  const scroller = useRef<HTMLDivElement>(null);
  const [hovered, setHovered] = useState<number | null>(null);

  // Each row's marks, built once per findings list and cluster marks rather than on every render:
  // ParagraphText is memoized on them, so a keystroke redraws only the row being edited.
  const { clusterMarks } = props;
  const rowMarks = useMemo(() => {
    const target = new Map<number, (TextMark & MarkSpec)[]>();
    const source = new Map<number, TextMark[]>();
    return {
      target: (row: number) => {
        let marks = target.get(row);
        if (!marks) {
          marks = targetMarks(findings, byParagraph.get(row), clusterMarks.get(row), t);
          target.set(row, marks);
        }
        return marks;
      },
      source: (row: number) => {
        let marks = source.get(row);
        if (!marks) {
          marks = sourceMarks(findings, byParagraph.get(row));
          source.set(row, marks);
        }
        return marks;
      },
    };
  }, [findings, byParagraph, clusterMarks, t]);

  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => estimateRow(state.source[i] ?? '', state.target[i] ?? ''),
    overscan: 4,
    // A first-paint guess so the first screen renders before the scroller is measured (jsdom-free).
    initialRect: { width: 1200, height: 800 },
  });

  // Each row is as tall as the taller of its two cells: both cells' contents are observed and the
  // virtualizer is told the maximum.
  const heights = useRef(new Map<number, { source: number; target: number }>());
  const observer = useMemo(
    () =>
      new ResizeObserver((entries) => {
        const touched = new Set<number>();
        for (const entry of entries) {
          const el = entry.target as HTMLElement;
          const row = Number(el.dataset['row']);
          const side = el.dataset['side'] as 'source' | 'target';
          const h = heights.current.get(row) ?? { source: 0, target: 0 };
          heights.current.set(row, { ...h, [side]: entry.borderBoxSize[0]?.blockSize ?? el.offsetHeight });
          touched.add(row);
        }
        for (const row of touched) {
          const h = heights.current.get(row);
          if (h) virtualizer.resizeItem(row, Math.ceil(Math.max(h.source, h.target)) + 2);
        }
      }),
    [virtualizer],
  );
  useEffect(() => () => observer.disconnect(), [observer]);
  const measure = useCallback(
    (el: HTMLElement | null) => {
      if (el) observer.observe(el);
    },
    [observer],
  );

  useEffect(() => {
    if (props.scrollRequest) virtualizer.scrollToIndex(props.scrollRequest.row, { align: 'center' });
  }, [props.scrollRequest, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const linked = (row: number) => row === hovered || row === props.focusRow;
  // Keyboard: each column (reviewed marks, English, Hebrew) is ONE Tab stop, at the focused row, and
  // the arrow keys move between rows (WAI-ARIA APG "roving tabindex"). Tabbing through every row
  // instead would take dozens of presses, and would skip rows the virtualizer has not rendered.
  const tabRow = items.some((i) => i.index === props.focusRow) ? props.focusRow : (items[0]?.index ?? 0);
  const rowKeys = (column: RowColumn, row: number) => (event: KeyboardEvent<HTMLElement>) => {
    const next = nextRow(event.key, row, rows);
    if (next === null || event.altKey || event.shiftKey || event.metaKey) return;
    event.preventDefault();
    props.onFocusRow(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    focusWhenRendered(scroller.current, column, next);
  };
  const rowFocus = (column: RowColumn, row: number) => ({
    tabIndex: row === tabRow ? 0 : -1,
    'data-focus-column': column,
    'data-focus-row': row,
    onKeyDown: rowKeys(column, row),
  });
  const cellStyle = (start: number, size: number) => ({ transform: `translateY(${start}px)`, height: size });

  return (
    <div className="aligned">
      <div className="aligned-header" aria-hidden="true">
        <div className="gutter-head">#</div>
        <div className="pane-head" lang="en" dir="ltr">
          <span className="pane-lang">{t('editor:sourceLanguage')}</span> {props.sourceName}
        </div>
        <div className="pane-head" lang="he" dir="rtl">
          <span className="pane-lang">{t('editor:targetLanguage')}</span> {props.targetName}
        </div>
      </div>
      <div className="aligned-scroller" ref={scroller} data-testid="aligned-view">
        <div className="aligned-columns" style={{ height: virtualizer.getTotalSize() }}>
          <div className="pane gutter-pane">
            {items.map((item) => (
              <div key={item.key} className="cell gutter-cell" style={cellStyle(item.start, item.size)}>
                <span className="row-number">{item.index + 1}</span>
                {item.index < state.target.length && (
                  <input
                    type="checkbox"
                    className="reviewed-box"
                    data-testid="reviewed"
                    {...rowFocus('reviewed', item.index)}
                    onFocus={() => props.onFocusRow(item.index)}
                    checked={state.reviewed[item.index] ?? false}
                    aria-label={t('editor:markReviewed', { row: item.index + 1 })}
                    title={t('editor:markReviewed', { row: item.index + 1 })}
                    onChange={() => props.onToggleReviewed(item.index)}
                  />
                )}
              </div>
            ))}
          </div>
          <div className="pane source-pane" data-testid="source-pane" lang="en" dir="ltr">
            {items.map((item) => {
              const text = state.source[item.index];
              return (
                <div
                  key={item.key}
                  className={`cell source-cell${linked(item.index) ? ' is-linked' : ''}`}
                  style={cellStyle(item.start, item.size)}
                  onMouseEnter={() => setHovered(item.index)}
                  onMouseLeave={() => setHovered(null)}
                  onFocus={() => props.onFocusRow(item.index)}
                  data-row={item.index}
                >
                  <div className="cell-content" data-row={item.index} data-side="source" ref={measure}>
                    {text === undefined ? (
                      <span className="missing">{t('editor:noParagraph')}</span>
                    ) : (
                      <p
                        className="paragraph"
                        data-testid="source-paragraph"
                        {...rowFocus('source', item.index)}
                      >
                        <ParagraphText
                          text={text}
                          marks={rowMarks.source(item.index)}
                          currentFinding={props.currentFinding}
                        />
                      </p>
                    )}
                  </div>
                </div>
              );
            })}
          </div>
          <div className="pane target-pane" data-testid="target-pane" lang="he" dir="rtl">
            {items.map((item) => {
              const text = state.target[item.index];
              const isActive = props.active?.paragraph === item.index;
              const marks = rowMarks.target(item.index);
              return (
                <div
                  key={item.key}
                  className={`cell target-cell${linked(item.index) ? ' is-linked' : ''}${isActive ? ' is-active' : ''}${state.reviewed[item.index] ? ' is-reviewed' : ''}`}
                  style={cellStyle(item.start, item.size)}
                  onMouseEnter={() => setHovered(item.index)}
                  onMouseLeave={() => setHovered(null)}
                  onFocus={() => props.onFocusRow(item.index)}
                  data-row={item.index}
                >
                  <div className="cell-content" data-row={item.index} data-side="target" ref={measure}>
                    {text === undefined ? (
                      <span className="missing">{t('editor:noParagraph')}</span>
                    ) : isActive ? (
                      <ParagraphEditor
                        paragraph={item.index}
                        text={text}
                        marks={marks}
                        caret={props.active?.caret ?? 0}
                        label={t('editor:editParagraph', { row: item.index + 1 })}
                        onEdits={props.onEdits}
                        onUndo={props.onUndo}
                        onRedo={props.onRedo}
                        onLeave={(direction) =>
                          props.onDeactivate(
                            direction === 'stay'
                              ? item.index
                              : Math.max(0, Math.min(rows - 1, item.index + (direction === 'down' ? 1 : -1))),
                          )
                        }
                      />
                    ) : (
                      <p
                        className="paragraph"
                        data-testid="target-paragraph"
                        data-paragraph={item.index}
                        {...rowFocus('target', item.index)}
                        // The text itself is what a screen reader reads; how to edit it is the hint.
                        title={t('editor:paragraphKeys', { row: item.index + 1 })}
                        onClick={(event) => {
                          const finding = (event.target as HTMLElement).closest('[data-finding]');
                          if (finding) props.onSelectFinding(Number(finding.getAttribute('data-finding')));
                          const caret = offsetAtPoint(event.clientX, event.clientY);
                          props.onActivate(item.index, caret ?? text.length);
                        }}
                        onKeyDown={(event) => {
                          if (event.key === 'Enter' || event.key === 'F2') {
                            event.preventDefault();
                            props.onActivate(item.index, text.length);
                          } else rowKeys('target', item.index)(event);
                        }}
                      >
                        <ParagraphText text={text} marks={marks} currentFinding={props.currentFinding} />
                      </p>
                    )}
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}

function targetMarks(
  findings: readonly Finding[],
  indices: readonly number[] | undefined,
  clusterMarks: readonly ClusterMark[] | undefined,
  t: (key: string, params?: Record<string, unknown>) => string,
): (TextMark & MarkSpec)[] {
  const members = (clusterMarks ?? []).map((m) => ({
    start: m.start,
    end: m.end,
    className: 'cluster-member',
    title: m.title,
    finding: -1,
  }));
  return [
    ...members,
    ...(indices ?? []).map((i) => {
      const f = findings[i] as Finding;
      return {
        start: f.start,
        end: f.end,
        className: severityClass(f),
        title: t(f.message.key, f.message.params),
        finding: i,
      };
    }),
  ];
}

/** The English name a source-names finding is about, marked in the source paragraph of the same row. */
function sourceMarks(findings: readonly Finding[], indices: readonly number[] | undefined): TextMark[] {
  const marks: TextMark[] = [];
  for (const i of indices ?? []) {
    const f = findings[i] as Finding;
    if (f.sourceRange)
      marks.push({
        start: f.sourceRange.start,
        end: f.sourceRange.end,
        className: `source-name sev-${f.severity}`,
        title: f.sourceRange.text,
        finding: i,
      });
  }
  return marks;
}
