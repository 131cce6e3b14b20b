// Two entries that turn out to be the same name: choose the one to keep; the other's names and
// spellings move into it (shared/glossary/edits.ts mergeEntryInto) and it is deleted.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '../../shared/glossary/model';
import { ModalDialog } from '../review/ModalDialog';

interface MergeDialogProps {
  readonly entries: readonly GlossaryEntry[];
  readonly onMerge: (keep: string, remove: string) => void;
  readonly onClose: () => void;
}

export function MergeDialog({ entries, onMerge, onClose }: MergeDialogProps) {
  const { t } = useTranslation();
  const [keep, setKeep] = useState(entries[0]?.id ?? '');
  const other = entries.find((e) => e.id !== keep);
  return (
    <ModalDialog
      title={t('glossary:mergeTitle')}
      testId="glossary-merge-dialog"
      onClose={onClose}
      className="glossary-dialog"
    >
      <fieldset>
        <legend>{t('glossary:mergeKeep')}</legend>
        {entries.map((entry) => (
          <label key={entry.id} className="variant-option">
            <input
              type="radio"
              name="merge-keep"
              checked={keep === entry.id}
              onChange={() => setKeep(entry.id)}
            />
            <bdi lang="en" dir="ltr">
              {entry.source[0] ?? entry.id}
            </bdi>{' '}
            <bdi lang="he" dir="rtl">
              {entry.terms.map((term) => term.text).join('، ')}
            </bdi>
          </label>
        ))}
      </fieldset>
      <div className="dialog-buttons">
        <button
          type="button"
          className="primary"
          data-testid="glossary-merge-confirm"
          disabled={!other}
          onClick={() => {
            if (other) onMerge(keep, other.id);
            onClose();
          }}
        >
          {t('glossary:mergeConfirm')}
        </button>
        <button type="button" onClick={onClose}>
          {t('glossary:cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
