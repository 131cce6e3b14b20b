// The glossary view (a side-panel tab): pick a glossary (personal or an opened file), search both
// languages, filter by kind, sort, edit entries inline, add, delete with undo, merge two entries,
// resolve conflicts, open/import/export files, and see what the glossary says at the caret.
import { useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryKind, GlossaryEntry } from '../../shared/glossary/model';
import { uniqueId } from '../../shared/glossary/ids';
import { findGlossaryHits, hitsAt } from '../../shared/glossary/match';
import type { ShellContext } from '../shell/extensions';
import type { GlossaryClient } from './glossary-client';
import { listEntries, type SortKey } from './entry-list';
import { emptyFields, entryOf, fieldsOf } from './entry-form';
import { EntryCard } from './EntryCard';
import { EntryEditor } from './EntryEditor';
import { GlossaryFilters } from './GlossaryFilters';
import { GlossaryFileActions } from './GlossaryFileActions';
import { ConflictDialog } from './ConflictDialog';
import { AddEntryDialog } from './AddEntryDialog';
import { ImportReportView } from './ImportReportView';
import { GlossaryHitTooltip } from './GlossaryHitTooltip';
import { MergeDialog } from './MergeDialog';
import { selectionMemory } from './selection-memory';
import { useTransitionSnapshot } from '../shell/useTransitionSnapshot';
import { useGlossaryFiles } from './useGlossaryFiles';
import './glossary.css';

// What the store says when an open file changed on disk under us (deleted, unreadable, or rewritten
// into something it cannot read): the entries shown are kept, and the user must know (issue 7).
const fileOnDiskProblems = new Set([
  'errors:glossary-file-gone',
  'errors:glossary-xml-malformed',
  'errors:glossary-xml-unsafe',
  'errors:glossary-tbx-not-tbx',
  'errors:glossary-too-large',
]);

interface GlossaryPanelProps {
  readonly client: GlossaryClient;
  readonly context: ShellContext;
}

export function GlossaryPanel({ client, context }: GlossaryPanelProps) {
  const { t } = useTranslation();
  const snapshot = useSyncExternalStore(client.subscribe, client.getSnapshot);
  const selections = useTransitionSnapshot(selectionMemory.subscribe, selectionMemory.getSnapshot);
  const files = useGlossaryFiles(context.api);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<EntryKind | 'all'>('all');
  const [sort, setSort] = useState<SortKey>('english');
  const [editing, setEditing] = useState<string | null>(null);
  const [selected, setSelected] = useState<readonly string[]>([]);
  const [dialog, setDialog] = useState<'conflicts' | 'merge' | 'add' | null>(null);
  const [confirmClose, setConfirmClose] = useState(false);
  // A shared glossary can hold thousands of entries; the first few hundred matches render at once.
  const [limit, setLimit] = useState(200);
  const [undo, setUndo] = useState<{ source: string; entry: GlossaryEntry; index: number } | null>(null);

  const sources = snapshot.state?.sources ?? [];
  const source = sources.find((s) => s.id === snapshot.selected) ?? sources[0];
  const entries = useMemo(
    () => listEntries(source?.glossary.entries ?? [], { query, kind, sort }),
    [source, query, kind, sort],
  );
  const caretHits = useMemo(() => {
    const caret = selections.caret;
    const text = caret ? context.store.state.target[caret.paragraph] : undefined;
    if (!caret || text === undefined) return [];
    return hitsAt(findGlossaryHits(snapshot.combined, text), caret.offset);
  }, [selections.caret, context.store, snapshot.combined]);

  if (!source) return <p className="muted">{t('glossary:loading')}</p>;
  const taken = new Set(source.glossary.entries.map((e) => e.id));
  const selectionText = (side: 'source' | 'target') => {
    const s = selections[side];
    return s ? (context.store.state[side][s.paragraph] ?? '').slice(s.start, s.end) : '';
  };
  const remove = (entry: GlossaryEntry) => {
    const index = source.glossary.entries.findIndex((e) => e.id === entry.id);
    void client.delete(source.id, entry.id).then((ok) => ok && setUndo({ source: source.id, entry, index }));
  };
  const save = (previous: GlossaryEntry | undefined) => (fields: typeof emptyFields) => {
    const entry = entryOf(fields, previous?.id ?? uniqueId(fields.english, taken), previous);
    if (entry) void client.upsert(source.id, entry).then((ok) => ok && setEditing(null));
  };

  return (
    <section className="glossary-panel" data-testid="glossary-panel" aria-label={t('glossary:title')}>
      <GlossaryFilters
        client={client}
        sources={sources}
        source={source}
        query={query}
        onQuery={setQuery}
        kind={kind}
        onKind={setKind}
        sort={sort}
        onSort={setSort}
      />
      <div className="glossary-actions">
        <button type="button" onClick={() => setEditing('new')} data-testid="glossary-new">
          {t('glossary:add')}
        </button>
        <button type="button" onClick={() => setDialog('add')} data-testid="glossary-add-selection">
          {t('glossary:addFromSelection')}
        </button>
        {selected.length === 2 && (
          <button type="button" onClick={() => setDialog('merge')} data-testid="glossary-merge">
            {t('glossary:mergeTwo')}
          </button>
        )}
        <GlossaryFileActions
          client={client}
          source={source}
          files={files}
          onClose={() => (source.dirty ? setConfirmClose(true) : void client.close(source.id))}
        />
      </div>
      {confirmClose && source.path !== null && (
        <p className="banner banner-warning" role="alert" data-testid="glossary-close-confirm">
          {t('glossary:closeUnsaved', { name: source.name })}{' '}
          <button
            type="button"
            className="primary"
            onClick={() =>
              void client
                .save(source.id)
                .then((ok) => ok && client.close(source.id))
                .then(() => setConfirmClose(false))
            }
          >
            {t('glossary:saveAndClose')}
          </button>{' '}
          <button
            type="button"
            data-testid="glossary-close-discard"
            onClick={() => void client.close(source.id).then(() => setConfirmClose(false))}
          >
            {t('glossary:closeWithoutSaving')}
          </button>{' '}
          <button type="button" onClick={() => setConfirmClose(false)}>
            {t('glossary:cancel')}
          </button>
        </p>
      )}
      {snapshot.error && (
        <p className="banner banner-error" role="alert">
          {t(snapshot.error.messageKey, snapshot.error.params ?? {})}{' '}
          <button type="button" onClick={() => client.dismiss()}>
            {t('glossary:dismiss')}
          </button>
        </p>
      )}
      {snapshot.report && <ImportReportView report={snapshot.report} onDismiss={() => client.dismiss()} />}
      {source.problems
        .filter((problem) => fileOnDiskProblems.has(problem.messageKey))
        .map((problem) => (
          <p
            key={problem.messageKey}
            className="banner banner-warning"
            role="alert"
            data-testid="glossary-file-problem"
          >
            {t(problem.messageKey, problem.params ?? {})}
          </p>
        ))}
      {source.conflicts.length > 0 && (
        <p className="banner banner-warning" role="status">
          {t('glossary:conflictsBanner', { count: source.conflicts.length })}{' '}
          <button type="button" onClick={() => setDialog('conflicts')} data-testid="glossary-resolve">
            {t('glossary:resolve')}
          </button>
        </p>
      )}
      {undo && (
        <p className="banner" role="status" data-testid="glossary-undo-banner">
          {t('glossary:deleted', { name: undo.entry.source[0] ?? undo.entry.id })}{' '}
          <button
            type="button"
            data-testid="glossary-undo"
            onClick={() => void client.upsert(undo.source, undo.entry, undo.index).then(() => setUndo(null))}
          >
            {t('glossary:undo')}
          </button>
        </p>
      )}
      {caretHits.length > 0 && (
        <section className="caret-hits" aria-label={t('glossary:atCaret')}>
          <h3>{t('glossary:atCaret')}</h3>
          <GlossaryHitTooltip hits={caretHits} />
        </section>
      )}
      {editing === 'new' && (
        <EntryEditor initial={emptyFields} onSave={save(undefined)} onCancel={() => setEditing(null)} />
      )}
      <p className="muted" data-testid="glossary-count">
        {t('glossary:count', { shown: entries.length, total: source.glossary.entries.length })}
      </p>
      <ul className="glossary-list">
        {entries.slice(0, limit).map((entry) =>
          editing === entry.id ? (
            <li key={entry.id}>
              <EntryEditor initial={fieldsOf(entry)} onSave={save(entry)} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <EntryCard
              key={entry.id}
              entry={entry}
              selected={selected.includes(entry.id)}
              onSelect={(on) =>
                setSelected(on ? [...selected, entry.id].slice(-2) : selected.filter((id) => id !== entry.id))
              }
              onEdit={() => setEditing(entry.id)}
              onDelete={() => remove(entry)}
            />
          ),
        )}
      </ul>
      {entries.length > limit && (
        <button type="button" onClick={() => setLimit(entries.length)}>
          {t('glossary:showAll', { count: entries.length })}
        </button>
      )}
      {dialog === 'conflicts' && (
        <ConflictDialog
          conflicts={source.conflicts}
          onResolve={(id, choice) => void client.resolveConflict(source.id, id, choice)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'merge' && (
        <MergeDialog
          entries={source.glossary.entries.filter((e) => selected.includes(e.id))}
          onMerge={(keep, removeId) =>
            void client.mergeEntries(source.id, keep, removeId).then(() => setSelected([]))
          }
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'add' && (
        <AddEntryDialog
          client={client}
          sources={[source, ...sources.filter((s) => s.id !== source.id)]}
          english={selectionText('source')}
          hebrew={selectionText('target')}
          onClose={() => setDialog(null)}
        />
      )}
      {files.dialog}
    </section>
  );
}
