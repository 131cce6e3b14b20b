// What changed between the translation as delivered (ORIGINAL) and as reviewed (CURRENT), word by
// word (shared/diff), paragraph by paragraph, with counts — and any single change can be reverted.
// Hebrew is always laid out right to left here, whatever the UI language (LESSONS.md 1, 2).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffDocument } from '../../shared/diff/document-diff';
import type { DiffChange, ParagraphDiff } from '../../shared/diff/word-diff';

export interface DiffViewProps {
  readonly original: readonly string[];
  readonly current: readonly string[];
  /** Undo one change in one paragraph (the caller turns it into an editor transaction). */
  readonly onRevert: (paragraph: number, change: DiffChange) => void;
  readonly onGoTo?: (paragraph: number) => void;
}

function ParagraphChanges({
  index,
  diff,
  onRevert,
  onGoTo,
}: {
  index: number;
  diff: ParagraphDiff;
  onRevert: DiffViewProps['onRevert'];
  onGoTo: DiffViewProps['onGoTo'];
}) {
  const { t } = useTranslation();
  return (
    <li className="diff-paragraph" data-testid="diff-paragraph" data-paragraph={index}>
      <div className="diff-paragraph-head">
        <button type="button" className="link" onClick={() => onGoTo?.(index)} disabled={!onGoTo}>
          {t('review:paragraphNumber', { number: index + 1 })}
        </button>
        {diff.changes.length > 0 && (
          <span className="diff-counts" dir="ltr">
            {t('review:paragraphCounts', { insertions: diff.insertions, deletions: diff.deletions })}
          </span>
        )}
        {diff.approximate && <span className="diff-note">{t('review:approximate')}</span>}
      </div>
      <p className="diff-text" dir="rtl" lang="he">
        {diff.parts.map((part, i) => {
          if (part.kind === 'equal') return <span key={i}>{part.text}</span>;
          const change = diff.changes[part.change] as DiffChange;
          const last = part.kind === 'insert' || change.inserted === '';
          const Tag = part.kind === 'insert' ? 'ins' : 'del';
          return (
            <span key={i} className="diff-change">
              <Tag data-testid={`diff-${part.kind}`}>{part.text}</Tag>
              {last && (
                <button
                  type="button"
                  className="diff-revert"
                  data-testid="diff-revert"
                  title={t('review:revertChange', { deleted: change.deleted, inserted: change.inserted })}
                  aria-label={t('review:revertChange', {
                    deleted: change.deleted,
                    inserted: change.inserted,
                  })}
                  onClick={() => onRevert(index, change)}
                >
                  ↶
                </button>
              )}
            </span>
          );
        })}
      </p>
    </li>
  );
}

export function DiffView({ original, current, onRevert, onGoTo }: DiffViewProps) {
  const { t } = useTranslation();
  const [ignoreNiqqud, setIgnoreNiqqud] = useState(false);
  const [whole, setWhole] = useState(false);
  const diff = useMemo(
    () => diffDocument(original, current, { ignoreNiqqud }),
    [original, current, ignoreNiqqud],
  );
  const shown = whole ? diff.paragraphs.map((_, i) => i) : diff.changedParagraphs;
  return (
    <section className="diff-view" data-testid="diff-view" aria-label={t('review:changesTitle')}>
      <p className="diff-summary" data-testid="diff-summary">
        {t('review:documentCounts', {
          changes: diff.changes,
          paragraphs: diff.changedParagraphs.length,
          insertions: diff.insertions,
          deletions: diff.deletions,
        })}
      </p>
      <div className="diff-options">
        <label>
          <input type="checkbox" checked={whole} onChange={(e) => setWhole(e.target.checked)} />{' '}
          {t('review:wholeDocument')}
        </label>
        <label>
          <input type="checkbox" checked={ignoreNiqqud} onChange={(e) => setIgnoreNiqqud(e.target.checked)} />{' '}
          {t('review:ignoreNiqqud')}
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="diff-empty">{t('review:noChanges')}</p>
      ) : (
        <ol className="diff-list">
          {shown.map((i) => (
            <ParagraphChanges
              key={i}
              index={i}
              diff={diff.paragraphs[i] as ParagraphDiff}
              onRevert={onRevert}
              onGoTo={onGoTo}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
