// The project's controls in the shell: its name with the unsaved-work marker, Open / Open Recent /
// Save / Save As, the changes view (diff) and Export, and the recovery offer on start.
// Mount once, wherever the shell has room, with the editor's store and snapshot.
import { useCallback, useDeferredValue, useEffect, useEffectEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../api/client';
import type { RecentFile } from '../../shared/contract/files';
import type { RecoveryOffer } from '../../shared/contract/project';
import type { DiffChange } from '../../shared/diff/word-diff';
import { PROJECT_EXTENSION } from '../../shared/project/project-file';
import type { UiLanguage } from '../../shared/i18n/resources';
import type { ReviewStore, StoreSnapshot } from '../state/review-store';
import { DiffView } from './DiffView';
import { ExportDialog } from './ExportDialog';
import { ModalDialog } from './ModalDialog';
import { nativePath, usesNativeDialogs, WebPathDialog } from './PathChooser';
import { RecoveryPrompt } from './RecoveryPrompt';
import { UnsavedPrompt } from './UnsavedPrompt';
import { useProjectSession } from './useProjectSession';
import { createDocumentDiffer } from '../../shared/diff/document-diff';
import './review.css';

export interface ProjectBarProps {
  readonly api: Client;
  readonly store: ReviewStore;
  readonly snapshot: StoreSnapshot;
  readonly goToRow: (row: number) => void;
  /** Project files the OS asks to open (renderer/shell/open-requests.ts). */
  readonly openRequests?: { subscribe(listener: (path: string) => void): () => void };
}

type Dialog =
  | { kind: 'diff' }
  | { kind: 'export' }
  | { kind: 'save-as' }
  | { kind: 'open' }
  | { kind: 'unsaved'; then: () => void };

const stem = (name: string) => (name.split(/[\\/]/).pop() ?? name).replace(/\.[^.]*$/, '') || 'translation';

export function ProjectBar({ api, store, snapshot, goToRow, openRequests }: ProjectBarProps) {
  const { t, i18n } = useTranslation();
  // Reports are written in the UI language.
  const language: UiLanguage = i18n.language === 'he' ? 'he' : 'en';
  const session = useProjectSession(api, store, snapshot);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [recent, setRecent] = useState<readonly RecentFile[]>([]);
  const [offer, setOffer] = useState<RecoveryOffer | null>(null);
  const close = () => setDialog(null);
  const baseName = stem(session.path ?? session.origin.targetName);

  useEffect(() => {
    void api['project.recovery']({}).then((r) => r.ok && setOffer(r.value));
  }, [api]);
  const loadRecent = () =>
    void api['files.recent']({}).then(
      (r) => r.ok && setRecent(r.value.filter((f) => f.path.endsWith(PROJECT_EXTENSION))),
    );

  const saveAs = useCallback(async () => {
    const defaultName = `${baseName}${PROJECT_EXTENSION}`;
    if (!usesNativeDialogs()) return setDialog({ kind: 'save-as' });
    const path = await nativePath(api, 'save', 'project', defaultName);
    if (path) await session.save(path);
  }, [api, baseName, session]);
  const save = useCallback(async () => {
    if (session.path) await session.save(session.path);
    else await saveAs();
  }, [saveAs, session]);

  /** Runs `next` now, or after the reviewer decided what to do with unsaved work. */
  const guard = (next: () => void) => (session.dirty ? setDialog({ kind: 'unsaved', then: next }) : next());
  const openProject = () =>
    guard(async () => {
      if (!usesNativeDialogs()) return setDialog({ kind: 'open' });
      const path = await nativePath(api, 'open', 'project', '');
      if (path) await session.open(path);
    });
  const openRequested = useEffectEvent((path: string) => guard(() => void session.open(path)));
  useEffect(() => openRequests?.subscribe((path) => openRequested(path)), [openRequests]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      void (event.shiftKey ? saveAs() : save());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save, saveAs]);

  // The count follows typing at low priority (useDeferredValue) and re-diffs only edited paragraphs.
  const [differ] = useState(createDocumentDiffer);
  const deferredTarget = useDeferredValue(snapshot.state.target);
  // Deferred together with the target: a newly opened pair's original must not meet the previous
  // pair's text (a whole long document diffed against another for nothing).
  const deferredOriginal = useDeferredValue(session.origin.original);
  const changes = useMemo(
    () => differ(deferredOriginal, deferredTarget).changes,
    [differ, deferredOriginal, deferredTarget],
  );
  const revert = (paragraph: number, change: DiffChange) =>
    store.dispatch([
      {
        type: 'edit',
        edits: [
          { paragraph, start: change.currentStart, end: change.currentEnd, replacement: change.deleted },
        ],
      },
    ]);

  return (
    <div className="project-bar" data-testid="project-bar">
      <span className="project-name" data-testid="project-name">
        <bdi>{session.path ? stem(session.path) : t('review:untitled')}</bdi>
        {session.dirty && (
          <span
            className="dirty-marker"
            data-testid="dirty-marker"
            title={t('review:unsaved')}
            aria-label={t('review:unsaved')}
          >
            ●
          </span>
        )}
      </span>
      <button type="button" onClick={openProject} data-testid="project-open">
        {t('review:openProject')}
      </button>
      <details
        className="recent-projects"
        onToggle={(e) => (e.currentTarget.open ? loadRecent() : undefined)}
      >
        <summary data-testid="project-recent">{t('review:openRecent')}</summary>
        <ul>
          {recent.length === 0 && <li>{t('review:noRecent')}</li>}
          {recent.map((f) => (
            <li key={f.path}>
              <button
                type="button"
                onClick={() => guard(() => void session.open(f.path))}
                data-testid="recent-project"
              >
                <bdi>{f.name}</bdi>
              </button>
            </li>
          ))}
        </ul>
      </details>
      <button type="button" onClick={() => void save()} data-testid="project-save">
        {t('review:save')}
      </button>
      <button type="button" onClick={() => void saveAs()} data-testid="project-save-as">
        {t('review:saveAs')}
      </button>
      <button type="button" onClick={() => setDialog({ kind: 'diff' })} data-testid="open-diff">
        {t('review:changesButton', { count: changes })}
      </button>
      <button type="button" onClick={() => setDialog({ kind: 'export' })} data-testid="open-export">
        {t('review:export')}
      </button>
      {session.error && (
        <p className="banner banner-error" role="alert" data-testid="project-error">
          {t(session.error.messageKey, session.error.params)}{' '}
          <button type="button" onClick={session.clearError}>
            {t('review:close')}
          </button>
        </p>
      )}

      {dialog?.kind === 'diff' && (
        <ModalDialog
          title={t('review:changesTitle')}
          testId="diff-dialog"
          className="diff-dialog"
          onClose={close}
        >
          <DiffView
            original={session.origin.original}
            current={snapshot.state.target}
            onRevert={revert}
            onGoTo={(row) => {
              close();
              goToRow(row);
            }}
          />
          <div className="dialog-buttons">
            <button type="button" onClick={close} data-testid="diff-close">
              {t('review:close')}
            </button>
          </div>
        </ModalDialog>
      )}
      {dialog?.kind === 'export' && (
        <ExportDialog
          api={api}
          project={session.project}
          baseName={baseName}
          language={language}
          onClose={close}
        />
      )}
      {(dialog?.kind === 'save-as' || dialog?.kind === 'open') && (
        <WebPathDialog
          api={api}
          mode={dialog.kind === 'open' ? 'open' : 'save'}
          title={t(dialog.kind === 'open' ? 'review:openProject' : 'review:saveAs')}
          defaultName={`${baseName}${PROJECT_EXTENSION}`}
          onChoose={(path) => {
            close();
            void (dialog.kind === 'open' ? session.open(path) : session.save(path));
          }}
          onCancel={close}
        />
      )}
      {dialog?.kind === 'unsaved' && (
        <UnsavedPrompt
          onSave={() => {
            const next = dialog.then;
            close();
            void save().then(next);
          }}
          onDiscard={() => {
            const next = dialog.then;
            close();
            next();
          }}
          onCancel={close}
        />
      )}
      {offer && (
        <RecoveryPrompt
          offer={offer}
          onRestore={() => {
            session.restore(offer.project, offer.projectPath);
            setOffer(null);
          }}
          onDiscard={() => {
            void api['project.discardRecovery']({});
            setOffer(null);
          }}
        />
      )}
    </div>
  );
}
