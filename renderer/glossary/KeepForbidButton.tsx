// "Keep ראסטן, forbid רסטן" from a variant cluster: one click writes the choice into the personal
// glossary (the entry that knows one of the spellings, or a new one), so the engine enforces it from
// then on, in this text and the next.
import { useTranslation } from 'react-i18next';
import { personalGlossaryId } from '../../shared/contract/glossary';
import { keepAndForbid } from '../../shared/glossary/edits';
import type { GlossaryClient } from './glossary-client';

interface KeepForbidButtonProps {
  readonly client: GlossaryClient;
  readonly keep: string;
  readonly forbid: readonly string[];
  /** The English name, when the source shows it (becomes the entry's name if a new entry is made). */
  readonly english?: string;
}

export function keepAndForbidInGlossary(
  client: GlossaryClient,
  keep: string,
  forbid: readonly string[],
  english = '',
) {
  const personal = client.getSnapshot().state?.sources.find((s) => s.id === personalGlossaryId);
  if (!personal) return Promise.resolve(false);
  const { entry } = keepAndForbid(personal.glossary, keep, forbid, english);
  return client.upsert(personalGlossaryId, entry);
}

export function KeepForbidButton({ client, keep, forbid, english }: KeepForbidButtonProps) {
  const { t } = useTranslation();
  const others = forbid.filter((f) => f !== keep);
  if (keep.trim() === '' || others.length === 0) return null;
  return (
    <button
      type="button"
      data-testid="keep-forbid"
      onClick={() => void keepAndForbidInGlossary(client, keep, others, english)}
    >
      {t('glossary:keepForbid', { keep, forbid: others.join(', ') })}
    </button>
  );
}
