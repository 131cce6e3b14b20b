// Shown on start when the app closed with unsaved work: restore it or throw it away (LESSONS.md 5 —
// the restore is offered and visible, never silent).
import { useTranslation } from 'react-i18next';
import type { RecoveryOffer } from '../../shared/contract/project';
import { ModalDialog } from './ModalDialog';

export interface RecoveryPromptProps {
  readonly offer: RecoveryOffer;
  readonly onRestore: () => void;
  readonly onDiscard: () => void;
}

export function RecoveryPrompt({ offer, onRestore, onDiscard }: RecoveryPromptProps) {
  const { t, i18n } = useTranslation();
  const when = new Date(offer.savedAt).toLocaleString(i18n.language);
  return (
    <ModalDialog title={t('review:recoveryTitle')} testId="recovery-prompt" onClose={() => undefined}>
      <p>
        {offer.projectPath ? (
          <>
            {t('review:recoveryOfProject', { time: when })} <bdi dir="ltr">{offer.projectPath}</bdi>
          </>
        ) : (
          t('review:recoveryUnsaved', { time: when })
        )}
      </p>
      <div className="dialog-buttons">
        <button type="button" onClick={onRestore} data-testid="recovery-restore">
          {t('review:restore')}
        </button>
        <button type="button" onClick={onDiscard} data-testid="recovery-discard">
          {t('review:discard')}
        </button>
      </div>
    </ModalDialog>
  );
}
