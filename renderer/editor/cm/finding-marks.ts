// Findings underlined inside the active paragraph editor, the same classes as the static rows, so a
// finding looks the same whether or not its paragraph is being edited.
import { StateEffect, StateField, type Range } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

export interface MarkSpec {
  readonly start: number;
  readonly end: number;
  readonly className: string;
  readonly title: string;
}

export const setFindingMarks = StateEffect.define<readonly MarkSpec[]>();

export const findingMarks = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setFindingMarks)) continue;
      const length = tr.state.doc.length;
      const ranges: Range<Decoration>[] = effect.value
        .filter((m) => m.start < m.end && m.end <= length)
        .map((m) =>
          Decoration.mark({ class: m.className, attributes: { title: m.title } }).range(m.start, m.end),
        );
      next = Decoration.set(ranges, true);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});
