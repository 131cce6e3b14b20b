// Before unsaved work would be replaced (opening another project): save it, discard it, or stay.
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './ModalDialog';

export interface UnsavedPromptProps {
  readonly onSave: () => void;
  readonly onDiscard: () => void;
  readonly onCancel: () => void;
}

export function UnsavedPrompt({ onSave, onDiscard, onCancel }: UnsavedPromptProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog title={t('review:unsavedTitle')} testId="unsaved-prompt" onClose={onCancel}>
      <p>{t('review:unsavedText')}</p>
      <div className="dialog-buttons">
        <button type="button" onClick={onSave} data-testid="unsaved-save">
          {t('review:save')}
        </button>
        <button type="button" onClick={onDiscard} data-testid="unsaved-discard">
          {t('review:discard')}
        </button>
        <button type="button" onClick={onCancel} data-testid="unsaved-cancel">
          {t('review:cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
