// The side-by-side view: English source pane (always LTR) and Hebrew target pane (always RTL), one row
// per aligned paragraph pair. Both panes live in one scroller so they scroll together; only the rows in
// view are rendered (@tanstack/react-virtual), each row as tall as the taller of its two paragraphs.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { Finding, TextEdit } from '../../shared/model/finding';
import type { ReviewState } from '../state/review-state';
import type { ReviewStore } from '../state/review-store';
import type { TextMark } from './ParagraphText';
import { GutterCell, SourceCell, TargetCell, type RowActions } from './AlignedCells';
import type { MarkSpec } from './cm/finding-marks';
import type { ClusterMark } from './cluster-marks';
import { focusWhenRendered, nextRow } from './row-focus';

/** A request to bring a row into view (F8, a click in a list); `seq` makes each request new. */
export interface ScrollRequest {
  readonly row: number;
  readonly seq: number;
}

export interface AlignedViewProps {
  /** The state as of this render; the open paragraph editor follows `store` itself. */
  readonly state: ReviewState;
  readonly store: ReviewStore;
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

  // Each row's marks, built once per findings list and cluster marks rather than on every render, and
  // the previous array kept when a rebuilt row's marks are the same: the cells are memoized on them, so
  // a keystroke (which recounts the clusters) redraws only the row being edited.
  const { clusterMarks } = props;
  const [previousMarks] = useState(() => ({
    target: new Map<number, (TextMark & MarkSpec)[]>(),
    source: new Map<number, TextMark[]>(),
  }));
  // A finding's translated message, once per finding object and UI language: the worker hands back
  // the same objects for the findings an edit did not touch, and i18next lookups add up per row.
  const title = useMemo(() => {
    const titles = new WeakMap<Finding, string>();
    return (f: Finding) => {
      let text = titles.get(f);
      if (text === undefined) {
        text = t(f.message.key, f.message.params);
        titles.set(f, text);
      }
      return text;
    };
  }, [t]);
  const rowMarks = useMemo(() => {
    const target = new Map<number, (TextMark & MarkSpec)[]>();
    const source = new Map<number, TextMark[]>();
    const settle = <M extends TextMark>(
      built: Map<number, M[]>,
      kept: Map<number, M[]>,
      row: number,
      marks: M[],
    ) => {
      const before = kept.get(row);
      const result = before && sameMarks(before, marks) ? before : marks;
      kept.set(row, result);
      built.set(row, result);
      return result;
    };
    return {
      target: (row: number) =>
        target.get(row) ??
        settle(
          target,
          previousMarks.target,
          row,
          targetMarks(findings, byParagraph.get(row), clusterMarks.get(row), title),
        ),
      source: (row: number) =>
        source.get(row) ??
        settle(source, previousMarks.source, row, sourceMarks(findings, byParagraph.get(row))),
    };
  }, [findings, byParagraph, clusterMarks, title, previousMarks]);

  // The lint warns that React Compiler would skip this component; the app is not built with the
  // compiler, and its cells memoize themselves (AlignedCells.tsx).
  // eslint-disable-next-line react-hooks/incompatible-library
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

  // One handler object for the view's lifetime, reading the latest props, so the memoized cells
  // (AlignedCells.tsx) are not redrawn for a handler that is new only by identity.
  const latest = useRef({ props, rows, virtualizer, measure });
  useLayoutEffect(() => {
    latest.current = { props, rows, virtualizer, measure };
  });
  const actions = useMemo<RowActions>(() => {
    const now = () => latest.current;
    return {
      rowKeys: (column, row, event) => {
        const { props: p, rows: count, virtualizer: v } = now();
        const next = nextRow(event.key, row, count);
        if (next === null || event.altKey || event.shiftKey || event.metaKey) return;
        event.preventDefault();
        p.onFocusRow(next);
        v.scrollToIndex(next, { align: 'auto' });
        focusWhenRendered(scroller.current, column, next);
      },
      focusRow: (row) => now().props.onFocusRow(row),
      hover: setHovered,
      measure: (el) => now().measure(el),
      activate: (paragraph, caret) => now().props.onActivate(paragraph, caret),
      leave: (row, direction) => {
        const count = now().rows;
        now().props.onDeactivate(
          direction === 'stay'
            ? row
            : Math.max(0, Math.min(count - 1, row + (direction === 'down' ? 1 : -1))),
        );
      },
      selectFinding: (index) => now().props.onSelectFinding(index),
      toggleReviewed: (paragraph) => now().props.onToggleReviewed(paragraph),
      edits: (edits) => now().props.onEdits(edits),
      undo: () => now().props.onUndo(),
      redo: () => now().props.onRedo(),
    };
  }, []);

  const items = virtualizer.getVirtualItems();
  const linked = (row: number) => row === hovered || row === props.focusRow;
  // Keyboard: each column (reviewed marks, English, Hebrew) is ONE Tab stop, at the focused row, and
  // the arrow keys move between rows (WAI-ARIA APG "roving tabindex"). Tabbing through every row
  // instead would take dozens of presses, and would skip rows the virtualizer has not rendered.
  const tabRow = items.some((i) => i.index === props.focusRow) ? props.focusRow : (items[0]?.index ?? 0);
  const placed = (item: { index: number; start: number; size: number }) => ({
    row: item.index,
    start: item.start,
    size: item.size,
    actions,
    tabbable: item.index === tabRow,
  });

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
              <GutterCell
                key={item.key}
                {...placed(item)}
                hasTarget={item.index < state.target.length}
                reviewed={state.reviewed[item.index] ?? false}
              />
            ))}
          </div>
          <div className="pane source-pane" data-testid="source-pane" lang="en" dir="ltr">
            {items.map((item) => (
              <SourceCell
                key={item.key}
                {...placed(item)}
                text={state.source[item.index]}
                linked={linked(item.index)}
                marks={rowMarks.source(item.index)}
                currentFinding={props.currentFinding}
              />
            ))}
          </div>
          <div className="pane target-pane" data-testid="target-pane" lang="he" dir="rtl">
            {items.map((item) => (
              <TargetCell
                key={item.key}
                {...placed(item)}
                text={state.target[item.index]}
                store={props.store}
                linked={linked(item.index)}
                reviewed={state.reviewed[item.index] ?? false}
                marks={rowMarks.target(item.index)}
                currentFinding={props.currentFinding}
                editingAt={props.active?.paragraph === item.index ? props.active.caret : null}
              />
            ))}
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
  title: (f: Finding) => string,
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
        title: title(f),
        finding: i,
      };
    }),
  ];
}

function sameMarks(a: readonly TextMark[], b: readonly TextMark[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const n = b[i] as TextMark;
      return (
        m.start === n.start &&
        m.end === n.end &&
        m.finding === n.finding &&
        m.className === n.className &&
        m.title === n.title
      );
    })
  );
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
