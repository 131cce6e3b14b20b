// One entry in the list: the English name, its kind, the Hebrew spellings by status (forbidden ones
// struck through), the note; and the row's actions.
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '../../shared/glossary/model';

interface EntryCardProps {
  readonly entry: GlossaryEntry;
  readonly selected: boolean;
  readonly onSelect: (selected: boolean) => void;
  readonly onEdit: () => void;
  readonly onDelete: () => void;
}

export function EntryCard({ entry, selected, onSelect, onEdit, onDelete }: EntryCardProps) {
  const { t } = useTranslation();
  const english = entry.source[0] ?? entry.id;
  return (
    <li className="glossary-entry" data-testid="glossary-entry" data-entry-id={entry.id}>
      <div className="entry-head">
        <input
          type="checkbox"
          checked={selected}
          onChange={(e) => onSelect(e.target.checked)}
          aria-label={t('glossary:selectForMerge', { name: english })}
        />
        <bdi className="entry-english" lang="en" dir="ltr">
          {english}
        </bdi>
        {entry.source.length > 1 && (
          <bdi className="entry-aliases" lang="en" dir="ltr">
            {entry.source.slice(1).join(', ')}
          </bdi>
        )}
        <span className={`kind-badge kind-${entry.kind}`}>{t(`glossary:kind-${entry.kind}`)}</span>
      </div>
      <ul className="entry-terms" lang="he" dir="rtl">
        {entry.terms.map((term) => (
          <li
            key={`${term.status}:${term.text}`}
            className={`term term-${term.status}`}
            title={t(`glossary:status-${term.status}`)}
          >
            {term.status === 'deprecated' ? <del>{term.text}</del> : term.text}
            <span className="visually-hidden"> ({t(`glossary:status-${term.status}`)})</span>
          </li>
        ))}
      </ul>
      {entry.note && (
        <p className="entry-note" dir="auto">
          {entry.note}
        </p>
      )}
      <div className="entry-actions">
        <button type="button" onClick={onEdit} data-testid="entry-edit">
          {t('glossary:edit')}
        </button>
        <button type="button" onClick={onDelete} data-testid="entry-delete">
          {t('glossary:delete')}
        </button>
      </div>
    </li>
  );
}
