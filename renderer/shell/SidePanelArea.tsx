// The side panel: tabs for findings, comments and whatever other parts register (extensions.ts).
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../shared/model/finding';
import type { ReviewState } from '../state/review-state';
import type { FindingFilters } from '../state/findings-view';
import type { Cluster } from '../state/clusters';
import { FindingsPanel } from '../editor/FindingsPanel';
import { CommentsPanel } from '../editor/CommentsPanel';
import { extraPanels, type ShellContext } from './extensions';

interface SidePanelAreaProps {
  readonly context: ShellContext;
  readonly state: ReviewState;
  readonly allFindings: readonly Finding[];
  readonly clusters: readonly Cluster[];
  readonly currentIndex: number | null;
  readonly filters: FindingFilters;
  readonly onFilters: (filters: FindingFilters) => void;
  readonly focusRow: number;
}

export function SidePanelArea(props: SidePanelAreaProps) {
  const { t, i18n } = useTranslation();
  const [tab, setTab] = useState('findings');
  const tabs = [
    { id: 'findings', title: t('editor:findingsTab') },
    { id: 'comments', title: t('editor:commentsTab') },
    ...extraPanels.map((p) => ({ id: p.id, title: t(p.titleKey) })),
  ];
  const extra = extraPanels.find((p) => p.id === tab);
  // WAI-ARIA APG tabs: the tab list is one Tab stop; the arrow keys move along it in reading order
  // (so ArrowLeft goes forward in the Hebrew UI) and select the tab they land on.
  const onTabKey = (event: KeyboardEvent<HTMLElement>) => {
    const at = tabs.findIndex((x) => x.id === tab);
    const forward = i18n.dir() === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const step: Record<string, number> = {
      [forward]: at + 1,
      [backward]: at - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const next = step[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const id = tabs[(next + tabs.length) % tabs.length]?.id ?? tab;
    setTab(id);
    event.currentTarget.parentElement?.querySelector<HTMLElement>(`#tab-${id}`)?.focus();
  };
  return (
    <aside className="side-panel" aria-label={t('editor:sidePanel')}>
      <div className="tabs" role="tablist">
        {tabs.map((x) => (
          <button
            key={x.id}
            type="button"
            role="tab"
            id={`tab-${x.id}`}
            aria-selected={tab === x.id}
            tabIndex={tab === x.id ? 0 : -1}
            onKeyDown={onTabKey}
            aria-controls={`panel-${x.id}`}
            data-testid={`tab-${x.id}`}
            onClick={() => setTab(x.id)}
          >
            {x.title}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'findings' && (
          <FindingsPanel
            context={props.context}
            state={props.state}
            allFindings={props.allFindings}
            clusters={props.clusters}
            currentIndex={props.currentIndex}
            filters={props.filters}
            onFilters={props.onFilters}
          />
        )}
        {tab === 'comments' && (
          <CommentsPanel context={props.context} state={props.state} focusRow={props.focusRow} />
        )}
        {extra?.render(props.context)}
      </div>
    </aside>
  );
}
