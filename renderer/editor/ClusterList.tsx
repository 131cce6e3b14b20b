// The variant clusters to resolve, one line each: "Rastan — רסטן ×2, ראסטן ×1" and a Resolve button.
// Each spelling with its count is one isolate in the UI's direction, the count an LTR island inside it
// (LESSONS 3): left in the line, the digits would count as right-to-left beside the Hebrew and pull the
// next spelling into one reversed run ("Hayat — ×1 חיית ×1, חייאת" in the English UI).
// Memoized on what a line shows: clusters are recomputed (new objects) after every keystroke, but on a
// long document their lines rarely change, and redrawing hundreds of them would hold up typing.
import { Fragment, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cluster } from '../state/clusters';
import { directionOf, isUiLanguage } from '../i18n';

interface ClusterListProps {
  readonly clusters: readonly Cluster[];
  readonly onResolve: (id: string) => void;
}

function sameLines(a: ClusterListProps, b: ClusterListProps): boolean {
  return (
    a.onResolve === b.onResolve &&
    a.clusters.length === b.clusters.length &&
    a.clusters.every((c, i) => {
      const d = b.clusters[i] as Cluster;
      return (
        c.id === d.id &&
        c.label === d.label &&
        c.variants.length === d.variants.length &&
        c.variants.every((v, j) => v.spelling === d.variants[j]?.spelling && v.count === d.variants[j]?.count)
      );
    })
  );
}

export const ClusterList = memo(function ClusterList({ clusters, onResolve }: ClusterListProps) {
  const { t, i18n } = useTranslation();
  if (clusters.length === 0) return null;
  const dir = isUiLanguage(i18n.language) ? directionOf(i18n.language) : 'ltr';
  return (
    <section className="clusters" aria-labelledby="clusters-title">
      <h2 id="clusters-title">{t('editor:clusters', { count: clusters.length })}</h2>
      <ul>
        {clusters.map((c) => (
          <li key={c.id} data-testid="cluster" className="cluster-row">
            <span className="cluster-summary" dir={dir}>
              <bdi>{c.label}</bdi> —{' '}
              {c.variants.map((v, i) => (
                <Fragment key={v.spelling}>
                  {i > 0 && ', '}
                  <bdi className="variant-count" dir={dir} data-testid="cluster-variant">
                    <bdi lang="he" dir="rtl">
                      {v.spelling}
                    </bdi>{' '}
                    <bdi dir="ltr">{`×${v.count}`}</bdi>
                  </bdi>
                </Fragment>
              ))}
            </span>
            <button type="button" onClick={() => onResolve(c.id)} data-testid="resolve-cluster">
              {t('editor:resolve')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}, sameLines);
