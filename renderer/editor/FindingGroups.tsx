// The findings list of the panel: grouped by check with counts, and inside a check, repeated findings
// of one kind folded into one row (state/repeated-findings.ts) with "Fix all" and "Ignore all".
// Memoized: its inputs do not change while the reviewer types.
import { memo, useCallback, useMemo, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../shared/model/finding';
import { groupByCheck } from '../state/findings-view';
import { fixAllEdits, ignoreAllSteps, rowsOf } from '../state/repeated-findings';
import type { ReviewStore } from '../state/review-store';
import type { Step } from '../state/review-state';
import { wordsAround } from '../state/excerpt';
import { useLatest } from '../state/use-latest';
import { FindingMessage } from './FindingMessage';
import './findings.css';

interface FindingGroupsProps {
  readonly findings: readonly Finding[];
  readonly currentIndex: number | null;
  readonly goToFinding: (index: number) => void;
  readonly store: ReviewStore;
}

const pageSize = 200;

export const FindingGroups = memo(function FindingGroups({
  findings,
  currentIndex,
  goToFinding,
  store,
}: FindingGroupsProps) {
  const { t } = useTranslation();
  const groups = useMemo(
    () =>
      groupByCheck(findings).map((g) => ({
        check: g.check,
        count: g.indices.length,
        rows: rowsOf(findings, g.indices),
      })),
    [findings],
  );
  const [shown, setShown] = useState<Record<string, number>>({});
  // One stable handler for every item, so an item redraws only when its own finding changes. Updated
  // with the DOM (a layout effect): a click on a row just drawn must find its finding in the list.
  const latest = useLatest({ findings, goToFinding });
  const select = useCallback(
    (f: Finding) => latest.current.goToFinding(latest.current.findings.indexOf(f)),
    [latest],
  );
  return (
    <>
      {groups.length === 0 && <p className="empty">{t('editor:noFindings')}</p>}
      {groups.map((group) => {
        const limit = shown[group.check] ?? pageSize;
        return (
          <details key={group.check} open className="check-group" data-testid={`group-${group.check}`}>
            <summary>
              {t(`editor:check_${group.check}`)} <span className="count">{group.count}</span>
            </summary>
            <ul className="finding-list">
              {group.rows.slice(0, limit).map((row) => {
                if (row.type === 'repeated')
                  return (
                    <RepeatedRow
                      key={row.key}
                      members={row.indices.map((i) => findings[i] as Finding)}
                      currentMember={currentIndex === null ? -1 : row.indices.indexOf(currentIndex)}
                      onSelect={select}
                      store={store}
                    />
                  );
                const f = findings[row.index] as Finding;
                return (
                  <FindingItem
                    key={`${f.fingerprint}-${f.paragraph}-${f.start}`}
                    finding={f}
                    current={row.index === currentIndex}
                    onSelect={select}
                  />
                );
              })}
            </ul>
            {group.rows.length > limit && (
              <button type="button" onClick={() => setShown({ ...shown, [group.check]: limit + pageSize })}>
                {t('editor:showMore', { count: group.rows.length - limit })}
              </button>
            )}
          </details>
        );
      })}
    </>
  );
});

interface RepeatedRowProps {
  readonly members: readonly Finding[];
  /** Which member is the selected finding, or -1. */
  readonly currentMember: number;
  readonly onSelect: (finding: Finding) => void;
  readonly store: ReviewStore;
}

/**
 * Its members are a new array each time the list is regrouped, but the same findings: the row redraws
 * only when one of them (or the selection, handler or store) really changes.
 */
function sameRowProps(a: RepeatedRowProps, b: RepeatedRowProps): boolean {
  return (
    a.currentMember === b.currentMember &&
    a.onSelect === b.onSelect &&
    a.store === b.store &&
    a.members.length === b.members.length &&
    a.members.every((f, i) => f === b.members[i])
  );
}

/** A kind of finding that occurs several times: one line with a count, the occurrences on demand. */
const RepeatedRow = memo(function RepeatedRow({ members, currentMember, onSelect, store }: RepeatedRowProps) {
  const { t } = useTranslation();
  const first = members[0] as Finding;
  const replacement = first.suggestions[0]?.replacement;
  const [expanded, setExpanded] = useState(false);
  // F8 landing on a member opens the row, so the selected finding is always visible in the list
  // (React's "adjusting state when a prop changes", done during render).
  const containsCurrent = currentMember >= 0;
  const [hadCurrent, setHadCurrent] = useState(containsCurrent);
  if (containsCurrent !== hadCurrent) {
    setHadCurrent(containsCurrent);
    if (containsCurrent) setExpanded(true);
  }
  // The row goes away once the findings are recomputed; the focus waits on the check's heading
  // rather than falling back to the page, so a keyboard user keeps their place in the list.
  const settle = (event: MouseEvent<HTMLElement>, steps: readonly Step[]) => {
    event.currentTarget.closest('details')?.querySelector('summary')?.focus();
    store.dispatch(steps);
  };
  const listId = `repeated-${first.fingerprint}-${first.paragraph}-${first.start}`;
  return (
    <li className={`repeated-row sev-${first.severity}`} data-testid="repeated-findings">
      <button
        type="button"
        className={`repeated-toggle${containsCurrent ? ' has-current' : ''}`}
        aria-expanded={expanded}
        aria-controls={listId}
        data-testid="repeated-toggle"
        onClick={() => setExpanded(!expanded)}
      >
        <span className="twisty" aria-hidden="true" />
        <bdi lang="he" dir="rtl" className="finding-text">
          {first.text}
        </bdi>
        <span className="message">
          <FindingMessage finding={first} />
        </span>
        <span
          className="count"
          dir="ltr"
          data-testid="repeated-count"
          title={t('editor:occurrences', { count: members.length })}
        >
          {`×${members.length}`}
        </span>
      </button>
      <div className="actions">
        {replacement !== undefined && (
          <button
            type="button"
            data-testid="fix-all"
            onClick={(event) => settle(event, [{ type: 'edit', edits: fixAllEdits(members) }])}
          >
            {t('editor:fixAll', { count: members.length })}{' '}
            <bdi lang="he" dir="rtl">
              {replacement}
            </bdi>
          </button>
        )}
        <button
          type="button"
          data-testid="ignore-all"
          onClick={(event) => settle(event, ignoreAllSteps(members))}
        >
          {t('editor:ignoreAll', { count: members.length })}
        </button>
      </div>
      {expanded && (
        <ul className="finding-list repeated-members" id={listId}>
          {members.map((f, i) => (
            <FindingItem
              key={`${f.fingerprint}-${f.paragraph}-${f.start}`}
              finding={f}
              current={i === currentMember}
              onSelect={onSelect}
              excerpt={wordsAround(store.state.target[f.paragraph] ?? f.text, f.start, f.end)}
            />
          ))}
        </ul>
      )}
    </li>
  );
}, sameRowProps);

interface FindingItemProps {
  readonly finding: Finding;
  readonly current: boolean;
  readonly onSelect: (finding: Finding) => void;
  /** Inside a repeated row, whose line already says the message: the words around it instead. */
  readonly excerpt?: string;
}

const FindingItem = memo(function FindingItem({ finding: f, current, onSelect, excerpt }: FindingItemProps) {
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
          {excerpt ?? f.text}
        </bdi>
        {excerpt === undefined && (
          <span className="message">
            <FindingMessage finding={f} />
          </span>
        )}
      </button>
    </li>
  );
});
