// The top bar: the app's name, open, undo/redo, find, add to glossary, review progress, word counts and the UI language.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../shared/i18n/resources';
import type { StoreSnapshot } from '../state/review-store';
import { countWords } from '../state/word-count';
import { LanguageSwitch } from './LanguageSwitch';

interface TopBarProps {
  readonly snapshot: StoreSnapshot | null;
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

export function TopBar(props: TopBarProps) {
  const {
    snapshot,
    findingsComplete,
    findingCount,
    onOpen,
    onFind,
    onUndo,
    onRedo,
    onLanguage,
    documentActions,
  } = props;
  const { t } = useTranslation();
  const state = snapshot?.state;
  const done = state ? state.reviewed.filter(Boolean).length : 0;
  const total = state ? state.target.length : 0;
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
          disabled={!snapshot?.canUndo}
          data-testid="undo"
          title={t('editor:undoShortcut')}
        >
          {t('editor:undo')}
        </button>
        <button
          type="button"
          onClick={onRedo}
          disabled={!snapshot?.canRedo}
          data-testid="redo"
          title={t('editor:redoShortcut')}
        >
          {t('editor:redo')}
        </button>
        <button type="button" onClick={onFind} disabled={!snapshot} data-testid="find-button">
          {t('editor:findReplace')}
        </button>
        {documentActions}
      </div>
      {state && (
        <div className="status">
          <label className="progress">
            {t('editor:progress', { done, total })}
            <progress value={done} max={Math.max(total, 1)} data-testid="progress" />
          </label>
          <span data-testid="word-counts">
            {t('editor:wordCounts', {
              source: countWords(state.source, 'en'),
              target: countWords(state.target),
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
}
