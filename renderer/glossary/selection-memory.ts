// The reviewer's last selection on each side and the caret in the target, remembered as the selection
// changes: "add entry from selection" takes the English from the source selection and the Hebrew from
// the target selection, even though only one of them can be the live selection at a time.
import { currentSelection, type TextSelection } from '../editor/selection';

export interface RememberedSelections {
  readonly source: TextSelection | null;
  readonly target: TextSelection | null;
  /** The caret (or selection end) in the target, for the glossary hits shown at it. */
  readonly caret: { readonly paragraph: number; readonly offset: number } | null;
  /** Counts selection and focus events, so views that read the open editor re-render on each. */
  readonly events: number;
}

type Listener = () => void;

let remembered: RememberedSelections = { source: null, target: null, caret: null, events: 0 };
const listeners = new Set<Listener>();

function update(): void {
  const selection = currentSelection();
  const next = { ...remembered, events: remembered.events + 1 };
  if (selection && selection.end > selection.start) next[selection.side] = selection;
  if (selection?.side === 'target') next.caret = { paragraph: selection.paragraph, offset: selection.end };
  remembered = next;
  for (const listener of listeners) listener();
}

let started = false;

export const selectionMemory = {
  subscribe(listener: Listener): () => void {
    if (!started) {
      document.addEventListener('selectionchange', update);
      // CodeMirror keeps its own selection; key and pointer events catch caret moves inside it.
      document.addEventListener('keyup', update);
      document.addEventListener('pointerup', update);
      document.addEventListener('focusin', update);
      document.addEventListener('focusout', () => setTimeout(update));
      started = true;
    }
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot(): RememberedSelections {
    return remembered;
  },
};
