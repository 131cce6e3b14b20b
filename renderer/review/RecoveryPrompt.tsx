// Shown on start when the app closed with unsaved work: restore it or throw it away (LESSONS.md 5 —
// the restore is offered and visible, never silent). A banner, not a modal: the reviewer may look
// at what is open before deciding, and nothing else is blocked meanwhile.
import { useTranslation } from 'react-i18next';
import type { RecoveryOffer } from '../../shared/contract/project';

export interface RecoveryPromptProps {
  readonly offer: RecoveryOffer;
  readonly onRestore: () => void;
  readonly onDiscard: () => void;
}

export function RecoveryPrompt({ offer, onRestore, onDiscard }: RecoveryPromptProps) {
  const { t, i18n } = useTranslation();
  const when = new Date(offer.savedAt).toLocaleString(i18n.language);
  return (
    <section
      className="banner recovery-banner"
      aria-label={t('review:recoveryTitle')}
      data-testid="recovery-prompt"
    >
      <strong>{t('review:recoveryTitle')}</strong>{' '}
      {offer.projectPath ? (
        <>
          {t('review:recoveryOfProject', { time: when })} <bdi dir="ltr">{offer.projectPath}</bdi>
        </>
      ) : (
        t('review:recoveryUnsaved', { time: when })
      )}{' '}
      <button type="button" onClick={onRestore} data-testid="recovery-restore">
        {t('review:restore')}
      </button>{' '}
      <button type="button" onClick={onDiscard} data-testid="recovery-discard">
        {t('review:discard')}
      </button>
    </section>
  );
}
