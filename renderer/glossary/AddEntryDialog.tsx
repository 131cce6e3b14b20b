// "Add to glossary" from the editor: the English prefilled from the source selection, the Hebrew from
// the target selection; the user completes the entry and picks the glossary it goes into.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossarySource } from '../../shared/contract/glossary';
import { uniqueId } from '../../shared/glossary/ids';
import { ModalDialog } from '../review/ModalDialog';
import { EntryEditor } from './EntryEditor';
import { emptyFields, entryOf } from './entry-form';
import type { GlossaryClient } from './glossary-client';

interface AddEntryDialogProps {
  readonly client: GlossaryClient;
  readonly sources: readonly GlossarySource[];
  readonly english: string;
  readonly hebrew: string;
  readonly onClose: () => void;
}

export function AddEntryDialog({ client, sources, english, hebrew, onClose }: AddEntryDialogProps) {
  const { t } = useTranslation();
  const [target, setTarget] = useState(sources[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  return (
    <ModalDialog
      title={t('glossary:addTitle')}
      testId="glossary-add-dialog"
      onClose={onClose}
      className="glossary-dialog"
    >
      {sources.length > 1 && (
        <label className="entry-field">
          <span>{t('glossary:addTo')}</span>
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.path === null ? t('glossary:personal') : s.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <EntryEditor
        initial={{ ...emptyFields, english: english.trim(), preferred: hebrew.trim() }}
        error={error}
        onCancel={onClose}
        onSave={(fields) => {
          const source = sources.find((s) => s.id === target);
          const taken = new Set(source?.glossary.entries.map((e) => e.id));
          const entry = entryOf(fields, uniqueId(fields.english, taken));
          if (!entry) {
            setError(t('glossary:needsHebrew'));
            return;
          }
          void client.upsert(target, entry).then((ok) => ok && onClose());
        }}
      />
    </ModalDialog>
  );
}
