// The active Hebrew paragraph as a CodeMirror 6 editor: CodeMirror's own visual cursor motion and
// selection (LESSONS 4), IME input, RTL base direction and LTR islands (cm/bidi.ts). It owns no undo
// history: every change becomes a review-state transaction, so Ctrl+Z is document-wide. It follows the
// review store directly, not through React props: the shell re-renders at transition priority
// (shell/useTransitionSnapshot.ts), so a render can carry text a keystroke older than the editor's.
import { useEffect, useRef } from 'react';
import { Annotation, EditorSelection, EditorState } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { defaultKeymap } from '@codemirror/commands';
import type { TextEdit } from '../../shared/model/finding';
import type { ReviewStore } from '../state/review-store';
import { useLatest } from '../state/use-latest';
import { hebrewBidi } from './cm/bidi';
import { cspNonce } from './cm/csp-nonce';
import { findingMarks, setFindingMarks, type MarkSpec } from './cm/finding-marks';
import { activeEditor } from './active-editor';

/** Marks a change that came from the review state (undo, a bulk fix), not from the user typing here. */
const external = Annotation.define<boolean>();

export interface ParagraphEditorProps {
  readonly paragraph: number;
  /** The paragraph's text as of the render; the editor itself follows `store`. */
  readonly text: string;
  readonly store: ReviewStore;
  readonly marks: readonly MarkSpec[];
  /** Where the caret starts (an offset in the paragraph). */
  readonly caret: number;
  readonly label: string;
  readonly onEdits: (edits: readonly TextEdit[]) => void;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onLeave: (direction: 'up' | 'down' | 'stay') => void;
}

export function ParagraphEditor(props: ParagraphEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useLatest(props);

  // One EditorView per activated paragraph; text and marks are then pushed into it (effects below).
  useEffect(() => {
    const p = latest.current;
    const run = (f: () => void) => () => {
      f();
      return true;
    };
    const editorView = new EditorView({
      parent: host.current as HTMLDivElement,
      state: EditorState.create({
        doc: p.text,
        selection: EditorSelection.cursor(Math.min(p.caret, p.text.length)),
        extensions: [
          cspNonce(),
          hebrewBidi(),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': p.label }),
          findingMarks,
          keymap.of([
            { key: 'Mod-z', run: run(() => latest.current.onUndo()), preventDefault: true },
            { key: 'Mod-Shift-z', run: run(() => latest.current.onRedo()), preventDefault: true },
            { key: 'Mod-y', run: run(() => latest.current.onRedo()), preventDefault: true },
            { key: 'Escape', run: run(() => latest.current.onLeave('stay')) },
            { key: 'Alt-ArrowDown', run: run(() => latest.current.onLeave('down')) },
            { key: 'Alt-ArrowUp', run: run(() => latest.current.onLeave('up')) },
            // Explicit bidi marks on request, never silently (LESSONS 9).
            { key: 'Mod-Shift-l', run: (v) => insertMark(v, '\u200e') },
            { key: 'Mod-Shift-r', run: (v) => insertMark(v, '\u200f') },
            ...defaultKeymap,
          ]),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged || update.transactions.some((tr) => tr.annotation(external))) return;
            const edits: TextEdit[] = [];
            update.changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
              edits.push({
                paragraph: latest.current.paragraph,
                start: fromA,
                end: toA,
                replacement: inserted.toString(),
              });
            });
            latest.current.onEdits(edits);
          }),
        ],
      }),
    });
    view.current = editorView;
    activeEditor.current = { paragraph: p.paragraph, view: editorView };
    editorView.focus();
    editorView.dispatch({ effects: setFindingMarks.of(p.marks), annotations: external.of(true) });
    return () => {
      if (activeEditor.current?.view === editorView) activeEditor.current = null;
      editorView.destroy();
      view.current = null;
    };
  }, [latest]);

  // The review state changed under the editor (undo, a fix applied elsewhere): taken from the store the
  // moment it changes, so a keystroke that follows at once is made against the same text. Typing here
  // comes back as the text the editor already has, and changes nothing.
  const { store } = props;
  useEffect(() => {
    const follow = () => {
      const v = view.current;
      const text = store.state.target[latest.current.paragraph];
      if (v && text !== undefined) replaceDiffering(v, text);
    };
    follow();
    return store.subscribe(follow);
  }, [store, latest]);

  // Marks are recomputed on every render of the row; push them only when they differ, and only with
  // the text they were computed for (a render a keystroke behind would place them one character off).
  // Redrawing the line's decorations costs milliseconds, so an unchanged set is never pushed again.
  const marksKey = JSON.stringify(props.marks);
  const pushedKey = useRef(marksKey);
  const { text } = props;
  useEffect(() => {
    const v = view.current;
    if (!v || pushedKey.current === marksKey || v.state.doc.toString() !== text) return;
    pushedKey.current = marksKey;
    v.dispatch({ effects: setFindingMarks.of(latest.current.marks), annotations: external.of(true) });
  }, [marksKey, text, latest]);

  return <div ref={host} className="paragraph-editor" data-testid="paragraph-editor" />;
}

/** Replaces the differing middle only, so the caret and IME composition outside it stay put. */
function replaceDiffering(v: EditorView, text: string): void {
  const current = v.state.doc.toString();
  if (current === text) return;
  let from = 0;
  while (from < current.length && from < text.length && current[from] === text[from]) from++;
  let endA = current.length;
  let endB = text.length;
  while (endA > from && endB > from && current[endA - 1] === text[endB - 1]) {
    endA--;
    endB--;
  }
  v.dispatch({ changes: { from, to: endA, insert: text.slice(from, endB) }, annotations: external.of(true) });
}

function insertMark(view: EditorView, mark: string): boolean {
  view.dispatch(view.state.replaceSelection(mark));
  return true;
}
