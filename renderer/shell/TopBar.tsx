// The top bar: the app's name, open, undo/redo, find, add to glossary, review progress, word counts and the UI language.
import { memo, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../shared/i18n/resources';
import type { StoreSnapshot } from '../state/review-store';
import { countWords } from '../state/word-count';
import { LanguageSwitch } from './LanguageSwitch';

/** What the status line shows: numbers, so a keystroke that changes none of them redraws nothing. */
export interface DocumentStatus {
  readonly done: number;
  readonly total: number;
  readonly sourceWords: number;
  readonly targetWords: number;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

/** The status of the open document, the same object while its numbers stay the same. */
export function useDocumentStatus(snapshot: StoreSnapshot | null): DocumentStatus | null {
  const state = snapshot?.state;
  const open = state !== undefined;
  const done = state ? state.reviewed.filter(Boolean).length : 0;
  const total = state ? state.target.length : 0;
  // Cached per paragraph (word-count.ts): a keystroke segments only the paragraph it changed.
  const sourceWords = state ? countWords(state.source, 'en') : 0;
  const targetWords = state ? countWords(state.target) : 0;
  const canUndo = snapshot?.canUndo ?? false;
  const canRedo = snapshot?.canRedo ?? false;
  return useMemo(
    () => (open ? { done, total, sourceWords, targetWords, canUndo, canRedo } : null),
    [open, done, total, sourceWords, targetWords, canUndo, canRedo],
  );
}

interface TopBarProps {
  /** Null while no document is open. */
  readonly status: DocumentStatus | null;
  readonly findingsComplete: boolean;
  readonly findingCount: number;
  readonly onOpen: () => void;
  readonly onFind: () => void;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onLanguage: (language: UiLanguage) => void;
  /** Actions on the open document from other parts of the editor (Add to glossary). */
  readonly documentActions?: ReactNode;
}

/** Memoized: the shell re-renders on every keystroke; the bar only when what it shows changes. */
export const TopBar = memo(function TopBar(props: TopBarProps) {
  const { status, findingsComplete, findingCount, onOpen, onFind, onUndo, onRedo, onLanguage } = props;
  const { t } = useTranslation();
  return (
    <header className="top-bar">
      <h1 className="app-name">{t('editor:appTitle')}</h1>
      <div className="toolbar" role="toolbar" aria-label={t('editor:toolbar')}>
        <button type="button" onClick={onOpen} data-testid="open-button" title={t('editor:openShortcut')}>
          {t('editor:open')}
        </button>
        <button
          type="button"
          onClick={onUndo}
          disabled={!status?.canUndo}
          data-testid="undo"
          title={t('editor:undoShortcut')}
        >
          {t('editor:undo')}
        </button>
        <button
          type="button"
          onClick={onRedo}
          disabled={!status?.canRedo}
          data-testid="redo"
          title={t('editor:redoShortcut')}
        >
          {t('editor:redo')}
        </button>
        <button type="button" onClick={onFind} disabled={!status} data-testid="find-button">
          {t('editor:findReplace')}
        </button>
        {props.documentActions}
      </div>
      {status && (
        <div className="status">
          <label className="progress">
            {t('editor:progress', { done: status.done, total: status.total })}
            <progress value={status.done} max={Math.max(status.total, 1)} data-testid="progress" />
          </label>
          <span data-testid="word-counts">
            {t('editor:wordCounts', {
              source: status.sourceWords,
              target: status.targetWords,
            })}
          </span>
          <span aria-live="polite" data-testid="findings-status">
            {findingsComplete ? t('editor:findingCount', { count: findingCount }) : t('editor:checking')}
          </span>
        </div>
      )}
      <LanguageSwitch onLanguage={onLanguage} />
    </header>
  );
});
