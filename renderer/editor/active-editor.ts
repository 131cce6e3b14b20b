// The paragraph editor that is open, if any: commands outside it (split at the caret, comment on the
// selection) read its selection from here.
import type { EditorView } from '@codemirror/view';

export const activeEditor: { current: { paragraph: number; view: EditorView } | null } = { current: null };
