// The side panel: tabs for findings, comments and whatever other parts register (extensions.ts).
import { useState } from 'react';
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
  const { t } = useTranslation();
  const [tab, setTab] = useState('findings');
  const tabs = [
    { id: 'findings', title: t('editor:findingsTab') },
    { id: 'comments', title: t('editor:commentsTab') },
    ...extraPanels.map((p) => ({ id: p.id, title: t(p.titleKey) })),
  ];
  const extra = extraPanels.find((p) => p.id === tab);
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
