// Entries changed both here and elsewhere (in the file on disk, or by an import): each shown side by
// side, for the user to keep one version (or delete the entry when the other side deleted it).
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '../../shared/glossary/model';
import type { EntryConflict } from '../../shared/glossary/merge';
import { ModalDialog } from '../review/ModalDialog';

interface ConflictDialogProps {
  readonly conflicts: readonly EntryConflict[];
  readonly onResolve: (id: string, choice: GlossaryEntry | null) => void;
  readonly onClose: () => void;
}

function Version({ entry, label }: { entry: GlossaryEntry | undefined; label: string }) {
  const { t } = useTranslation();
  return (
    <div className="conflict-side">
      <h4>{label}</h4>
      {entry ? (
        <>
          <bdi lang="en" dir="ltr">
            {entry.source.join(', ')}
          </bdi>
          <ul lang="he" dir="rtl">
            {entry.terms.map((term) => (
              <li key={`${term.status}:${term.text}`}>
                {term.text} <span lang={undefined}>({t(`glossary:status-${term.status}`)})</span>
              </li>
            ))}
          </ul>
          {entry.note && <p dir="auto">{entry.note}</p>}
          {entry.changedBy && (
            <p className="muted">
              {t('glossary:changedBy', { who: entry.changedBy, when: entry.changedAt ?? '' })}
            </p>
          )}
        </>
      ) : (
        <p className="muted">{t('glossary:conflictDeleted')}</p>
      )}
    </div>
  );
}

export function ConflictDialog({ conflicts, onResolve, onClose }: ConflictDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      title={t('glossary:conflictsTitle')}
      testId="glossary-conflicts"
      onClose={onClose}
      className="glossary-dialog"
    >
      <p>{t('glossary:conflictsExplain')}</p>
      <ul className="conflict-list">
        {conflicts.map((conflict) => (
          <li key={conflict.id} data-testid="glossary-conflict">
            <div className="conflict-sides">
              <Version entry={conflict.ours} label={t('glossary:mine')} />
              <Version entry={conflict.theirs} label={t('glossary:theirs')} />
            </div>
            <div className="dialog-buttons">
              <button
                type="button"
                onClick={() => onResolve(conflict.id, conflict.ours ?? null)}
                data-testid="keep-mine"
              >
                {conflict.ours ? t('glossary:keepMine') : t('glossary:deleteEntry')}
              </button>
              <button
                type="button"
                onClick={() => onResolve(conflict.id, conflict.theirs ?? null)}
                data-testid="take-theirs"
              >
                {conflict.theirs ? t('glossary:takeTheirs') : t('glossary:deleteEntry')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('glossary:close')}
        </button>
      </div>
    </ModalDialog>
  );
}
