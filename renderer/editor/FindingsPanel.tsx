// The findings panel: filters by severity and check, the variant clusters to resolve, the selected
// finding's actions, and every finding grouped by check with counts (FindingGroups.tsx).
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckId, Finding, Severity } from '../../shared/model/finding';
import type { ReviewState } from '../state/review-state';
import { allSeverities, isIgnored, type FindingFilters } from '../state/findings-view';
import type { Cluster } from '../state/clusters';
import type { ShellContext } from '../shell/extensions';
import { FindingDetails } from './FindingDetails';
import { ClusterResolver } from './ClusterResolver';
import { FindingGroups } from './FindingGroups';
import { ClusterList } from './ClusterList';

interface FindingsPanelProps {
  readonly context: ShellContext;
  readonly state: ReviewState;
  /** Every finding the engine reports (for counts and the check list), before ignores and filters. */
  readonly allFindings: readonly Finding[];
  /** Variant clusters of the findings not ignored (with every occurrence counted). */
  readonly clusters: readonly Cluster[];
  readonly currentIndex: number | null;
  readonly filters: FindingFilters;
  readonly onFilters: (filters: FindingFilters) => void;
}

export function FindingsPanel({
  context,
  state,
  allFindings,
  clusters,
  currentIndex,
  filters,
  onFilters,
}: FindingsPanelProps) {
  const { t } = useTranslation();
  const { findings } = context;
  const { ignored, ignoredOnce } = state;
  const active = useMemo(
    () => allFindings.filter((f) => !isIgnored(f, { ignored, ignoredOnce })),
    [allFindings, ignored, ignoredOnce],
  );
  const checks = useMemo(() => [...new Set(allFindings.map((f) => f.check))], [allFindings]);
  // Counted once per findings list, not on every render: the panel redraws on each keystroke.
  const severityCounts = useMemo(() => {
    const counts = new Map<Severity, number>();
    for (const f of active) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
    return counts;
  }, [active]);
  // The grouped list is drawn at low priority (React's deferred value), the list and the selection
  // together so an index never points into the wrong list: a long document's findings list then
  // never holds up the paint of a keystroke.
  const list = useDeferredValue(
    useMemo(
      () => ({ findings, currentIndex, goToFinding: context.goToFinding }),
      [findings, currentIndex, context.goToFinding],
    ),
  );
  const [resolving, setResolving] = useState<string | null>(null);
  const current = currentIndex === null ? undefined : findings[currentIndex];
  const resolvingCluster = clusters.find((c) => c.id === resolving);

  const toggleSeverity = (s: Severity) => {
    const next = new Set(filters.severities);
    if (next.has(s)) next.delete(s);
    else next.add(s);
    onFilters({ ...filters, severities: next });
  };
  const toggleCheck = (c: CheckId) => {
    const next = new Set(filters.checks ?? checks);
    if (next.has(c)) next.delete(c);
    else next.add(c);
    onFilters({ ...filters, checks: next.size === checks.length ? null : next });
  };

  return (
    <div className="findings-panel" data-testid="findings-panel">
      <fieldset className="filters">
        <legend>{t('editor:filters')}</legend>
        {allSeverities.map((s) => (
          <label key={s} className={`filter sev-chip sev-${s}`}>
            <input type="checkbox" checked={filters.severities.has(s)} onChange={() => toggleSeverity(s)} />
            {t(`editor:severity_${s}`)} ({severityCounts.get(s) ?? 0})
          </label>
        ))}
        {checks.map((c) => (
          <label key={c} className="filter">
            <input
              type="checkbox"
              checked={filters.checks === null || filters.checks.has(c)}
              onChange={() => toggleCheck(c)}
            />
            {t(`editor:check_${c}`)}
          </label>
        ))}
      </fieldset>

      {current && (
        <FindingDetails
          key={`${current.fingerprint}@${current.paragraph}`}
          context={context}
          finding={current}
          onResolveCluster={(id) => setResolving(id)}
        />
      )}

      {resolvingCluster && (
        <ClusterResolver
          key={resolvingCluster.id}
          context={context}
          state={state}
          cluster={resolvingCluster}
          onClose={() => setResolving(null)}
        />
      )}

      <ClusterList clusters={clusters} onResolve={setResolving} />

      <FindingGroups
        findings={list.findings}
        currentIndex={list.currentIndex}
        goToFinding={list.goToFinding}
        store={context.store}
      />
    </div>
  );
}
