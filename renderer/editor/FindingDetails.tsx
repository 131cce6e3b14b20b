// The selected finding and what can be done about it: apply a suggested fix, ignore it here, ignore it
// everywhere in this document, comment on it, or resolve its whole variant cluster.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../shared/model/finding';
import { onceKey } from '../state/review-state';
import type { ShellContext } from '../shell/extensions';
import { newComment } from '../state/comments';
import { FindingMessage } from './FindingMessage';

interface FindingDetailsProps {
  readonly context: ShellContext;
  readonly finding: Finding;
  readonly onResolveCluster: (clusterId: string) => void;
}

export function FindingDetails({ context, finding, onResolveCluster }: FindingDetailsProps) {
  const { t } = useTranslation();
  const { store } = context;
  const [commenting, setCommenting] = useState(false);
  const [comment, setComment] = useState('');
  return (
    <section
      className={`finding-details sev-${finding.severity}`}
      data-testid="finding-details"
      aria-live="polite"
    >
      <h2>
        {t(`editor:severity_${finding.severity}`)} · {t(`editor:check_${finding.check}`)} ·{' '}
        {t('editor:rowShort', { row: finding.paragraph + 1 })}
      </h2>
      <p>
        <bdi lang="he" dir="rtl" className="finding-text">
          {finding.text}
        </bdi>
      </p>
      <p className="message">
        <FindingMessage finding={finding} />
      </p>
      <div className="actions">
        {finding.suggestions.map((s, i) => (
          <button
            key={i}
            type="button"
            data-testid="apply-suggestion"
            onClick={() => store.dispatch([{ type: 'edit', edits: s.edits }])}
          >
            {t('editor:applySuggestion')}{' '}
            <bdi lang="he" dir="rtl">
              {s.replacement}
            </bdi>
          </button>
        ))}
        {finding.clusterId !== undefined && (
          <button type="button" onClick={() => onResolveCluster(finding.clusterId as string)}>
            {t('editor:resolveCluster')}
          </button>
        )}
        <button
          type="button"
          data-testid="ignore-once"
          onClick={() =>
            store.dispatch([
              { type: 'ignore', fingerprint: onceKey(finding.fingerprint, finding.paragraph), scope: 'once' },
            ])
          }
        >
          {t('editor:ignoreOnce')}
        </button>
        <button
          type="button"
          data-testid="ignore-always"
          onClick={() =>
            store.dispatch([{ type: 'ignore', fingerprint: finding.fingerprint, scope: 'always' }])
          }
        >
          {t('editor:ignoreAlways')}
        </button>
        <button type="button" onClick={() => setCommenting(true)} aria-expanded={commenting}>
          {t('editor:addComment')}
        </button>
      </div>
      {commenting && (
        <form
          className="comment-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (comment.trim() === '') return;
            const anchor = { paragraph: finding.paragraph, start: finding.start, end: finding.end };
            const c = newComment(anchor, finding.text, comment.trim(), finding.fingerprint);
            store.dispatch([{ type: 'add-comment', comment: c }]);
            setComment('');
            setCommenting(false);
          }}
        >
          <label>
            {t('editor:commentLabel')}
            <textarea dir="auto" value={comment} onChange={(e) => setComment(e.target.value)} autoFocus />
          </label>
          <button type="submit">{t('editor:saveComment')}</button>
          <button type="button" onClick={() => setCommenting(false)}>
            {t('editor:cancel')}
          </button>
        </form>
      )}
    </section>
  );
}
