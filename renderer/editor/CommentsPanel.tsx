// Comments: attached to a finding or to any selected span of the translation (meaning and grammar
// problems no check finds), listed, resolved and reopened. They travel with the document's decisions.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewState } from '../state/review-state';
import type { ShellContext } from '../shell/extensions';
import { newComment } from '../state/comments';
import { currentSelection, type TextSelection } from './selection';

interface CommentsPanelProps {
  readonly context: ShellContext;
  readonly state: ReviewState;
  readonly focusRow: number;
}

export function CommentsPanel({ context, state, focusRow }: CommentsPanelProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [showResolved, setShowResolved] = useState(true);
  // Captured before the text box takes focus (and with it the document's selection).
  const [picked, setPicked] = useState<TextSelection | null>(null);
  const capture = () => {
    const s = currentSelection();
    if (s && s.side === 'target' && s.end > s.start) setPicked(s);
  };
  const { store } = context;
  const add = () => {
    if (draft.trim() === '') return;
    const selection =
      picked && picked.side === 'target' && picked.end > picked.start
        ? picked
        : { paragraph: focusRow, start: 0, end: (state.target[focusRow] ?? '').length };
    const anchor = { paragraph: selection.paragraph, start: selection.start, end: selection.end };
    const quote = (state.target[anchor.paragraph] ?? '').slice(anchor.start, anchor.end);
    store.dispatch([{ type: 'add-comment', comment: newComment(anchor, quote, draft.trim()) }]);
    setDraft('');
    setPicked(null);
  };
  const list = state.comments.filter((c) => showResolved || !c.resolved);
  return (
    <div className="comments-panel" data-testid="comments-panel">
      <form
        className="comment-form"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        {picked && (
          <blockquote lang="he" dir="rtl" data-testid="comment-quote">
            {(state.target[picked.paragraph] ?? '').slice(picked.start, picked.end)}
          </blockquote>
        )}
        <label>
          {t('editor:commentOnSelection')}
          <textarea
            dir="auto"
            onPointerDown={capture}
            onFocus={() => picked ?? capture()}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            data-testid="comment-text"
          />
        </label>
        <button type="submit" disabled={draft.trim() === ''} data-testid="add-comment">
          {t('editor:addComment')}
        </button>
      </form>
      <label className="filter">
        <input type="checkbox" checked={showResolved} onChange={() => setShowResolved(!showResolved)} />
        {t('editor:showResolved')}
      </label>
      {list.length === 0 && <p className="empty">{t('editor:noComments')}</p>}
      <ul className="comment-list">
        {list.map((c) => (
          <li key={c.id} className={c.resolved ? 'is-resolved' : ''} data-testid="comment">
            <button type="button" className="link" onClick={() => context.goToRow(c.anchor.paragraph)}>
              {t('editor:rowShort', { row: c.anchor.paragraph + 1 })}
            </button>
            {c.quote && (
              <blockquote lang="he" dir="rtl">
                {c.quote}
              </blockquote>
            )}
            <p dir="auto">{c.text}</p>
            <div className="actions">
              <button
                type="button"
                onClick={() => store.dispatch([{ type: 'resolve-comment', id: c.id, resolved: !c.resolved }])}
              >
                {c.resolved ? t('editor:reopen') : t('editor:resolveComment')}
              </button>
              <button type="button" onClick={() => store.dispatch([{ type: 'delete-comment', id: c.id }])}>
                {t('editor:delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
