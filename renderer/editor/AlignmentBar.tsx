// Restoring alignment: says where the paragraph counts diverge, and splits a paragraph at the caret or
// merges it with the next one, on either side, as undoable transactions.
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewState, Side } from '../state/review-state';
import type { ReviewStore } from '../state/review-store';
import { findDivergence } from '../state/alignment';
import { currentSelection, type TextSelection } from './selection';

interface AlignmentBarProps {
  readonly store: ReviewStore;
  readonly state: ReviewState;
  readonly focusRow: number;
  readonly goToRow: (row: number) => void;
}

export function AlignmentBar({ store, state, focusRow, goToRow }: AlignmentBarProps) {
  const { t } = useTranslation();
  const divergence = useMemo(() => findDivergence(state.source, state.target), [state.source, state.target]);
  // The caret is read when the pointer goes down on a button, before the click can move focus.
  const caret = useRef<TextSelection | null>(null);
  const remember = () => {
    caret.current = currentSelection();
  };
  const split = () => {
    const at = caret.current ?? currentSelection();
    caret.current = null;
    if (at) store.dispatch([{ type: 'split', side: at.side, paragraph: at.paragraph, offset: at.start }]);
  };
  const merge = (side: Side) => store.dispatch([{ type: 'merge', side, paragraph: focusRow }]);
  return (
    <div className="alignment-bar" role="toolbar" aria-label={t('editor:alignment')}>
      {divergence.row !== undefined && (
        <p className="banner banner-warning" role="status" data-testid="divergence">
          {t('editor:countsDiffer', {
            source: divergence.sourceCount,
            target: divergence.targetCount,
            row: divergence.row + 1,
          })}{' '}
          <button type="button" className="link" onClick={() => goToRow(divergence.row as number)}>
            {t('editor:goToRow', { row: divergence.row + 1 })}
          </button>
        </p>
      )}
      <button type="button" onPointerDown={remember} onClick={split} data-testid="split">
        {t('editor:splitAtCaret')}
      </button>
      <button type="button" onClick={() => merge('source')} data-testid="merge-source">
        {t('editor:mergeSource', { row: focusRow + 1 })}
      </button>
      <button type="button" onClick={() => merge('target')} data-testid="merge-target">
        {t('editor:mergeTarget', { row: focusRow + 1 })}
      </button>
    </div>
  );
}
