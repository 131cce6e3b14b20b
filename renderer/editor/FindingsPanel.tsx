// The findings panel: filters by severity and check, the variant clusters to resolve, the selected
// finding's actions, and every finding grouped by check with counts.
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckId, Finding, Severity } from '../../shared/model/finding';
import type { ReviewState } from '../state/review-state';
import { allSeverities, groupByCheck, isIgnored, type FindingFilters } from '../state/findings-view';
import type { Cluster } from '../state/clusters';
import type { ShellContext } from '../shell/extensions';
import { FindingDetails } from './FindingDetails';
import { ClusterResolver } from './ClusterResolver';

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

const pageSize = 200;

export function FindingsPanel({
  context,
  state,
  allFindings,
  clusters,
  currentIndex,
  filters,
  onFilters,
}: FindingsPanelProps) {
  const { t, i18n } = useTranslation();
  const { findings } = context;
  const { ignored, ignoredOnce } = state;
  const active = useMemo(
    () => allFindings.filter((f) => !isIgnored(f, { ignored, ignoredOnce })),
    [allFindings, ignored, ignoredOnce],
  );
  const checks = useMemo(() => [...new Set(allFindings.map((f) => f.check))], [allFindings]);
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
            {t(`editor:severity_${s}`)} ({active.filter((f) => f.severity === s).length})
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

      {clusters.length > 0 && (
        <section className="clusters" aria-labelledby="clusters-title">
          <h2 id="clusters-title">{t('editor:clusters', { count: clusters.length })}</h2>
          <ul>
            {clusters.map((c) => (
              <li key={c.id} data-testid="cluster" className="cluster-row">
                <span className="cluster-summary" dir={i18n.language === 'he' ? 'rtl' : 'ltr'}>
                  <bdi>{c.label}</bdi> —{' '}
                  {c.variants.map((v, i) => (
                    <span key={v.spelling} className="variant-count">
                      {i > 0 && ', '}
                      <bdi lang="he" dir="rtl">
                        {v.spelling}
                      </bdi>
                      {` ×${v.count}`}
                    </span>
                  ))}
                </span>
                <button type="button" onClick={() => setResolving(c.id)} data-testid="resolve-cluster">
                  {t('editor:resolve')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <FindingGroups findings={findings} currentIndex={currentIndex} goToFinding={context.goToFinding} />
    </div>
  );
}

interface FindingGroupsProps {
  readonly findings: readonly Finding[];
  readonly currentIndex: number | null;
  readonly goToFinding: (index: number) => void;
}

/** The findings grouped by check. Memoized: its inputs do not change while the reviewer types. */
const FindingGroups = memo(function FindingGroups({
  findings,
  currentIndex,
  goToFinding,
}: FindingGroupsProps) {
  const { t } = useTranslation();
  const groups = useMemo(() => groupByCheck(findings), [findings]);
  const [shown, setShown] = useState<Record<string, number>>({});
  // One stable handler for every item, so an item redraws only when its own finding changes.
  const latest = useRef({ findings, goToFinding });
  useEffect(() => {
    latest.current = { findings, goToFinding };
  });
  const select = useCallback(
    (f: Finding) => latest.current.goToFinding(latest.current.findings.indexOf(f)),
    [],
  );
  return (
    <>
      {groups.length === 0 && <p className="empty">{t('editor:noFindings')}</p>}
      {groups.map((group) => {
        const limit = shown[group.check] ?? pageSize;
        return (
          <details key={group.check} open className="check-group" data-testid={`group-${group.check}`}>
            <summary>
              {t(`editor:check_${group.check}`)} <span className="count">{group.indices.length}</span>
            </summary>
            <ul className="finding-list">
              {group.indices.slice(0, limit).map((i) => {
                const f = findings[i] as Finding;
                return (
                  <FindingItem
                    key={`${f.fingerprint}-${f.paragraph}-${f.start}`}
                    finding={f}
                    current={i === currentIndex}
                    onSelect={select}
                  />
                );
              })}
            </ul>
            {group.indices.length > limit && (
              <button type="button" onClick={() => setShown({ ...shown, [group.check]: limit + pageSize })}>
                {t('editor:showMore', { count: group.indices.length - limit })}
              </button>
            )}
          </details>
        );
      })}
    </>
  );
});

interface FindingItemProps {
  readonly finding: Finding;
  readonly current: boolean;
  readonly onSelect: (finding: Finding) => void;
}

const FindingItem = memo(function FindingItem({ finding: f, current, onSelect }: FindingItemProps) {
  const { t } = useTranslation();
  return (
    <li>
      <button
        type="button"
        className={`finding-item sev-${f.severity}${current ? ' is-current' : ''}`}
        aria-current={current}
        onClick={() => onSelect(f)}
      >
        <span className="where">{t('editor:rowShort', { row: f.paragraph + 1 })}</span>
        <bdi lang="he" dir="rtl" className="finding-text">
          {f.text}
        </bdi>
        <span className="message">{t(f.message.key, f.message.params)}</span>
      </button>
    </li>
  );
});
