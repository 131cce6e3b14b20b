// Bidi for the Hebrew paragraph editor. CodeMirror runs its own bidi algorithm for cursor motion and
// ignores CSS `unicode-bidi` (LESSONS 3), so Latin and number islands are isolated through
// `EditorView.bidiIsolatedRanges`, and the base direction is set explicitly, never by first strong
// character (LESSONS 2: a line that starts with "HTS" or "5" must still be RTL).
import { RangeSetBuilder } from '@codemirror/state';
import {
  Decoration,
  Direction,
  EditorView,
  ViewPlugin,
  highlightSpecialChars,
  type DecorationSet,
  type ViewUpdate,
} from '@codemirror/view';

/** Runs of Latin letters and digits with the punctuation that belongs inside them (3.5, al-Assad, 5:30). */
const ltrIsland = /[A-Za-z0-9\u00C0-\u024F]+(?:[.,:/'’\-–][A-Za-z0-9\u00C0-\u024F]+)*/g;

function islands(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const mark = Decoration.mark({ bidiIsolate: Direction.LTR, class: 'cm-ltr-island' });
  for (const { from, to } of view.visibleRanges) {
    const text = view.state.doc.sliceString(from, to);
    for (const m of text.matchAll(ltrIsland)) {
      builder.add(from + m.index, from + m.index + m[0].length, mark);
    }
  }
  return builder.finish();
}

const islandPlugin = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = islands(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged) this.decorations = islands(update.view);
    }
  },
  {
    decorations: (v) => v.decorations,
    provide: (plugin) =>
      EditorView.bidiIsolatedRanges.of((view) => view.plugin(plugin)?.decorations ?? Decoration.none),
  },
);

/** Names shown for bidi controls, so an invisible mark is a visible, explicit chip (LESSONS 9). */
const bidiControlNames: Readonly<Record<number, string>> = {
  0x061c: 'ALM',
  0x200e: 'LRM',
  0x200f: 'RLM',
  0x202a: 'LRE',
  0x202b: 'RLE',
  0x202c: 'PDF',
  0x202d: 'LRO',
  0x202e: 'RLO',
  0x2066: 'LRI',
  0x2067: 'RLI',
  0x2068: 'FSI',
  0x2069: 'PDI',
};

function renderSpecial(code: number, description: string | null, placeholder: string): HTMLElement {
  const span = document.createElement('span');
  const name = bidiControlNames[code];
  span.textContent = name ?? placeholder;
  span.className = name ? 'cm-bidi-chip' : 'cm-specialChar';
  span.title = description ?? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  span.setAttribute('aria-label', span.title);
  return span;
}

export function hebrewBidi() {
  return [
    EditorView.perLineTextDirection.of(true),
    EditorView.contentAttributes.of({ dir: 'rtl', lang: 'he' }),
    islandPlugin,
    // @codemirror/view's default set has LRM/RLM/LRI/RLI/PDI/LRO/RLO but not FSI (U+2068) nor the
    // embeddings LRE/RLE/PDF (U+202A–U+202C) (checked in 6.43.15), so they are added here.
    highlightSpecialChars({ addSpecialChars: /[\u2068\u202a-\u202c]/g, render: renderSpecial }),
  ];
}
