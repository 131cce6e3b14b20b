// What an import did: counts, then every problem with its line and entry, in the UI language.
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../shared/glossary/import-report';

export function ImportReportView({ report, onDismiss }: { report: ImportReport; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="import-report" data-testid="import-report" aria-live="polite">
      <p>
        {t('glossary:reportSummary', {
          added: report.added,
          unchanged: report.unchanged,
          conflicts: report.conflicts,
          skipped: report.skipped,
        })}
      </p>
      {report.problems.length > 0 && (
        <ul className="report-problems">
          {report.problems.map((problem, i) => (
            <li key={i} className={`problem-${problem.severity}`}>
              {problem.line !== undefined && (
                <span className="muted">{t('glossary:atLine', { line: problem.line })} </span>
              )}
              {problem.entryId !== undefined && <bdi dir="ltr">{problem.entryId}: </bdi>}
              {t(problem.messageKey, problem.params ?? {})}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onDismiss}>
        {t('glossary:dismiss')}
      </button>
    </section>
  );
}
