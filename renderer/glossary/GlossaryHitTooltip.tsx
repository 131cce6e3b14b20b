// What the glossary says about the word at the caret: the entry's English name, the preferred Hebrew,
// and how the word stands (preferred, admitted, forbidden); "probable" when it was found only after a
// prefix was taken off (LESSONS.md 10). The editor can show it next to the caret; the glossary panel
// shows it too.
import { useTranslation } from 'react-i18next';
import { preferredTerm } from '../../shared/glossary/model';
import type { GlossaryHit } from '../../shared/glossary/match';

export function GlossaryHitTooltip({ hits }: { hits: readonly GlossaryHit[] }) {
  const { t } = useTranslation();
  if (hits.length === 0) return null;
  return (
    <div className="glossary-tooltip" role="tooltip" data-testid="glossary-hit">
      {hits.map((hit) => {
        const preferred = preferredTerm(hit.entry);
        return (
          <div key={`${hit.entry.id}:${hit.term.text}`} className={`hit hit-${hit.term.status}`}>
            <bdi lang="en" dir="ltr" className="entry-english">
              {hit.entry.source[0] ?? hit.entry.id}
            </bdi>{' '}
            <bdi lang="he" dir="rtl">
              {hit.term.text}
            </bdi>{' '}
            <span className={`status status-${hit.term.status}`}>
              {t(`glossary:status-${hit.term.status}`)}
            </span>
            {hit.probable && <span className="muted"> · {t('glossary:probable')}</span>}
            {hit.term.status !== 'preferred' && preferred && (
              <p>
                {t('glossary:usePreferred')}{' '}
                <bdi lang="he" dir="rtl">
                  {preferred.text}
                </bdi>
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
