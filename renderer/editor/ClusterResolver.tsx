// Resolve a variant cluster in one place: pick the spelling to keep (or type another), see every
// affected paragraph as a word diff (shared/diff, Intl.Segmenter tokens, one paragraph at a time:
// LESSONS 7), and apply all occurrences, prefixes kept, as ONE undoable transaction.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffParagraph } from '../../shared/diff/word-diff';
import type { ReviewState } from '../state/review-state';
import { applyStep } from '../state/review-state';
import { resolveClusterEdits, type Cluster } from '../state/clusters';
import type { ShellContext } from '../shell/extensions';
import { entryForChoice } from '../state/glossary-choice';
import { personalGlossaryId } from '../../shared/contract/glossary';

interface ClusterResolverProps {
  readonly context: ShellContext;
  readonly state: ReviewState;
  readonly cluster: Cluster;
  readonly onClose: () => void;
}

export function ClusterResolver({ context, state, cluster, onClose }: ClusterResolverProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<string>(cluster.variants[0]?.spelling ?? '');
  const [other, setOther] = useState('');
  const spelling = choice === '' ? other : choice;
  const edits = useMemo(
    () => resolveClusterEdits(cluster, spelling, state.target),
    [cluster, spelling, state.target],
  );
  const preview = useMemo(() => {
    const after = applyStep(state, { type: 'edit', edits });
    const rows = [...new Set(edits.map((e) => e.paragraph))].sort((a, b) => a - b);
    return rows.map((row) => ({
      row,
      diff: diffParagraph(state.target[row] ?? '', after.target[row] ?? ''),
    }));
  }, [state, edits]);

  const [saved, setSaved] = useState<string | null>(null);
  const saveToGlossary = async () => {
    const { api } = context;
    const list = await api['glossary.list']({});
    if (!list.ok) {
      setSaved(t(list.error.messageKey, list.error.params));
      return;
    }
    const personal = list.value.sources.find((s) => s.id === personalGlossaryId);
    const english = cluster.label === cluster.variants[0]?.spelling ? undefined : cluster.label;
    const entry = entryForChoice(
      personal?.glossary ?? { entries: [] },
      english,
      spelling.trim(),
      cluster.variants.map((v) => v.spelling),
      new Date(),
    );
    const result = await api['glossary.upsert']({ source: personalGlossaryId, entry });
    setSaved(result.ok ? t('editor:savedToGlossary') : t(result.error.messageKey, result.error.params));
  };

  return (
    <section className="cluster-resolver" data-testid="cluster-resolver" aria-labelledby="resolver-title">
      <h2 id="resolver-title">
        {t('editor:resolveTitle')} <bdi>{cluster.label}</bdi>
      </h2>
      <fieldset>
        <legend>{t('editor:keepSpelling')}</legend>
        {cluster.variants.map((v) => (
          <label key={v.spelling} className="variant-option">
            <input
              type="radio"
              name={`keep-${cluster.id}`}
              value={v.spelling}
              checked={choice === v.spelling}
              onChange={() => setChoice(v.spelling)}
              data-testid="variant-option"
            />
            <bdi lang="he" dir="rtl">
              {v.spelling}
            </bdi>{' '}
            <bdi dir="ltr">{`×${v.count}`}</bdi>
          </label>
        ))}
        <label className="variant-option">
          <input
            type="radio"
            name={`keep-${cluster.id}`}
            checked={choice === ''}
            onChange={() => setChoice('')}
          />
          {t('editor:otherSpelling')}
          <input
            type="text"
            lang="he"
            dir="rtl"
            value={other}
            onFocus={() => setChoice('')}
            onChange={(e) => setOther(e.target.value)}
            data-testid="other-spelling"
          />
        </label>
      </fieldset>
      <h3>{t('editor:previewChanges', { count: edits.length })}</h3>
      <ol className="diff-preview" data-testid="diff-preview">
        {preview.map(({ row, diff }) => (
          <li key={row}>
            <button type="button" className="link" onClick={() => context.goToRow(row)}>
              {t('editor:rowShort', { row: row + 1 })}
            </button>
            <p lang="he" dir="rtl" className="diff-text">
              {diff.parts.map((part, i) =>
                part.kind === 'equal' ? (
                  <span key={i}>{part.text}</span>
                ) : part.kind === 'delete' ? (
                  <del key={i}>{part.text}</del>
                ) : (
                  <ins key={i}>{part.text}</ins>
                ),
              )}
            </p>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={edits.length === 0}
          data-testid="apply-cluster"
          onClick={() => {
            context.store.dispatch([{ type: 'edit', edits }]);
            onClose();
          }}
        >
          {t('editor:applyToAll', { count: edits.length })}
        </button>
        <button
          type="button"
          disabled={spelling.trim() === ''}
          data-testid="save-to-glossary"
          onClick={() => void saveToGlossary()}
        >
          {t('editor:saveToGlossary')}
        </button>
        <button type="button" onClick={onClose}>
          {t('editor:cancel')}
        </button>
      </div>
      {saved && (
        <p role="status" className="saved-note" data-testid="glossary-saved">
          {saved}
        </p>
      )}
    </section>
  );
}
