// Glossary hits at the caret, shown just under it while the reviewer edits a paragraph: move onto
// חאלב and the glossary says "Aleppo · forbidden · preferred: חלב". It reads the open paragraph editor
// (renderer/editor/active-editor.ts) and re-renders as the selection moves; it never takes the pointer,
// so it cannot get in the way of typing or clicking.
import { useMemo, useSyncExternalStore } from 'react';
import { findGlossaryHits, hitsAt } from '../../shared/glossary/match';
import { activeEditor } from '../editor/active-editor';
import type { GlossaryClient } from './glossary-client';
import { GlossaryHitTooltip } from './GlossaryHitTooltip';
import { selectionMemory } from './selection-memory';
import { useTransitionSnapshot } from '../shell/useTransitionSnapshot';

const tooltipWidth = 320;

export function CaretHitsOverlay({ client }: { client: GlossaryClient }) {
  const { combined } = useSyncExternalStore(client.subscribe, client.getSnapshot);
  useTransitionSnapshot(selectionMemory.subscribe, selectionMemory.getSnapshot);
  const open = activeEditor.current;
  const text = open?.view.state.doc.toString() ?? '';
  // Matched once per text and glossary, not again for every caret move along the same text.
  const all = useMemo(() => findGlossaryHits(combined, text), [combined, text]);
  if (!open || !open.view.hasFocus) return null;
  const { head } = open.view.state.selection.main;
  const hits = hitsAt(all, head);
  const coords = hits.length > 0 ? open.view.coordsAtPos(head) : null;
  if (!coords) return null;
  // Physical coordinates: they come from the caret's on-screen box, whatever the UI direction.
  const left = Math.max(8, Math.min(coords.left - tooltipWidth / 2, window.innerWidth - tooltipWidth - 8));
  return (
    <div
      className="caret-hits-overlay"
      data-testid="glossary-caret-hit"
      style={{ top: coords.bottom + 6, left, width: tooltipWidth }}
    >
      <GlossaryHitTooltip hits={hits} />
    </div>
  );
}
