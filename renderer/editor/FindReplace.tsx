// The find-and-replace bar: counts matches across the whole translation, steps through them, and
// replaces all as one undoable transaction. "Names" mode is prefix-aware (state/find-replace.ts).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewState } from '../state/review-state';
import type { ReviewStore } from '../state/review-store';
import { findMatches, replaceEdits } from '../state/find-replace';

interface FindReplaceProps {
  readonly store: ReviewStore;
  readonly state: ReviewState;
  readonly goToRow: (row: number) => void;
  readonly onClose: () => void;
}

export function FindReplace({ store, state, goToRow, onClose }: FindReplaceProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [prefixAware, setPrefixAware] = useState(false);
  const [matchCase, setMatchCase] = useState(false);
  const [at, setAt] = useState(0);
  const options = useMemo(() => ({ prefixAware, matchCase }), [prefixAware, matchCase]);
  const matches = useMemo(() => findMatches(state.target, query, options), [state.target, query, options]);
  const step = (delta: number) => {
    if (matches.length === 0) return;
    const next = (at + delta + matches.length) % matches.length;
    setAt(next);
    goToRow((matches[next] as (typeof matches)[number]).paragraph);
  };
  return (
    <form
      className="find-bar"
      role="search"
      data-testid="find-bar"
      onSubmit={(event) => {
        event.preventDefault();
        step(1);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <label>
        {t('editor:find')}
        <input
          type="search"
          dir="auto"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setAt(0);
          }}
          autoFocus
          data-testid="find-input"
        />
      </label>
      <label>
        {t('editor:replaceWith')}
        <input
          type="text"
          dir="auto"
          value={replacement}
          onChange={(e) => setReplacement(e.target.value)}
          data-testid="replace-input"
        />
      </label>
      <label className="filter">
        <input
          type="checkbox"
          checked={prefixAware}
          onChange={() => setPrefixAware(!prefixAware)}
          data-testid="prefix-aware"
        />
        {t('editor:prefixAware')}
      </label>
      <label className="filter">
        <input
          type="checkbox"
          checked={matchCase}
          onChange={() => setMatchCase(!matchCase)}
          disabled={prefixAware}
        />
        {t('editor:matchCase')}
      </label>
      <span aria-live="polite" data-testid="match-count">
        {t('editor:matches', { count: matches.length })}
      </span>
      <button type="button" onClick={() => step(-1)} disabled={matches.length === 0}>
        {t('editor:previous')}
      </button>
      <button type="submit" disabled={matches.length === 0}>
        {t('editor:next')}
      </button>
      <button
        type="button"
        disabled={matches.length === 0}
        data-testid="replace-all"
        onClick={() => store.dispatch([{ type: 'edit', edits: replaceEdits(matches, replacement, options) }])}
      >
        {t('editor:replaceAll')}
      </button>
      <button type="button" onClick={onClose}>
        {t('editor:close')}
      </button>
    </form>
  );
}
