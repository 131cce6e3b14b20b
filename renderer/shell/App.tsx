// The application shell: top bar, the aligned view, the side panel (findings, clusters, comments and
// the panels other parts register in extensions.ts), and the dialogs. It wires the review store to the
// findings worker and the keyboard/menu commands; each view does its own drawing.
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../shared/model/finding';
import type { Client } from '../api/client';
import type { UiLanguage } from '../../shared/i18n/resources';
import type { FindingsService } from '../worker/findings-service';
import type { ReviewStore, StoreSnapshot } from '../state/review-store';
import { clustersOf } from '../state/clusters';
import { clusterMarksByParagraph } from '../editor/cluster-marks';
import {
  allSeverities,
  isIgnored,
  indexByParagraph,
  sameFinding,
  stepFinding,
  visibleFindings,
  type FindingFilters,
} from '../state/findings-view';
import { saveDecisions } from '../state/decisions-storage';
import { AlignedView, type ScrollRequest } from '../editor/AlignedView';
import { SidePanelArea } from './SidePanelArea';
import { TopBar, useDocumentStatus } from './TopBar';
import { AlignmentBar } from '../editor/AlignmentBar';
import { OpenDialog } from '../open/OpenDialog';
import { FindReplace } from '../editor/FindReplace';
import { AddToGlossary } from '../editor/AddToGlossary';
import { openPair, type PairTexts } from './session';
import { useGlobalKeys } from './useGlobalKeys';
import { useLatest } from '../state/use-latest';
import { useTransitionSnapshot } from './useTransitionSnapshot';
import { useGlossaryForChecks } from './useGlossaryForChecks';
import { openRequestsFrom } from './open-requests';
import { useFileDrop } from '../open/useFileDrop';
import type { ShellContext } from './extensions';
import { ProjectBar } from '../review/ProjectBar';

export interface AppProps {
  readonly api: Client;
  readonly initial: Promise<PairTexts | null>;
  /** The checks worker, created once for the app's lifetime (main.tsx). */
  readonly service: FindingsService;
  readonly onLanguage: (language: UiLanguage) => void;
}

/** Typing is drawn by the paragraph editor itself; the shell follows it after the next paint. */
const drawnByEditor = (snapshot: StoreSnapshot | null) => snapshot?.typed ?? false;

const emptyStore = {
  subscribe: () => () => undefined,
  getSnapshot: () => null,
};

export function App({ api, initial, service, onLanguage }: AppProps) {
  const { t } = useTranslation();
  const [store, setStore] = useState<ReviewStore | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useGlossaryForChecks(api, service);
  // Both at transition priority (useTransitionSnapshot.ts): typing paints before the shell re-renders.
  const snapshot = useTransitionSnapshot(
    store?.subscribe ?? emptyStore.subscribe,
    store?.getSnapshot ?? emptyStore.getSnapshot,
    drawnByEditor,
  );
  const findingsSnapshot = useTransitionSnapshot(service.subscribe, service.getSnapshot);

  // The selected finding is remembered by identity, so it survives the list being recomputed.
  const [current, setCurrent] = useState<Finding | null>(null);
  const [active, setActive] = useState<{ paragraph: number; caret: number } | null>(null);
  const [focusRow, setFocusRow] = useState(0);
  const [scrollRequest, setScrollRequest] = useState<ScrollRequest | null>(null);

  const open = useCallback((texts: PairTexts) => {
    setStore((previous) => openPair(previous, texts));
    setActive(null);
    setCurrent(null);
  }, []);

  // Opens the first pair once. The error is kept as a key, not a translated string, so that switching
  // the UI language re-renders it without re-running this effect (which would replace unsaved edits).
  useEffect(() => {
    initial.then(
      (texts) => (texts ? open(texts) : setLoadError('editor:demoUnavailable')),
      () => setLoadError('editor:demoUnavailable'),
    );
  }, [initial, open]);

  // The worker follows the texts; decisions are saved with the pair whenever they change.
  const state = snapshot?.state;
  useEffect(() => {
    if (state) service.update({ source: state.source, target: state.target });
  }, [service, state]);
  // A new pair, a fix or an undo reaches the worker at once, so the check runs on the other core while
  // the shell renders the new text (a few hundred ms for a long document); typing follows the render.
  useEffect(
    () =>
      store?.subscribe(() => {
        const next = store.getSnapshot();
        if (!next.typed) service.update({ source: next.state.source, target: next.state.target });
      }),
    [service, store],
  );
  const pairKey = snapshot?.pair.key;
  const ignored = state?.ignored;
  const comments = state?.comments;
  const reviewed = state?.reviewed;
  useEffect(() => {
    if (pairKey && ignored && comments && reviewed) saveDecisions(pairKey, { ignored, comments, reviewed });
  }, [pairKey, ignored, comments, reviewed]);

  const [filters, setFilters] = useState<FindingFilters>({
    severities: new Set(allSeverities),
    checks: null,
  });
  // Depends on the decisions, not the text: typing must not rebuild the findings list and panel.
  const ignoredAlways = state?.ignored;
  const ignoredOnce = state?.ignoredOnce;
  const findings = useMemo(
    () =>
      ignoredAlways && ignoredOnce
        ? visibleFindings(findingsSnapshot.findings, { ignored: ignoredAlways, ignoredOnce }, filters)
        : [],
    [findingsSnapshot.findings, ignoredAlways, ignoredOnce, filters],
  );
  const byParagraph = useMemo(() => indexByParagraph(findings), [findings]);
  // Clusters scan the whole translation; computed at low priority so typing never waits for them.
  const deferredFindings = useDeferredValue(findingsSnapshot.findings);
  const deferredState = useDeferredValue(state);
  // The findings not ignored, as one list per findings answer and decisions (not per keystroke), so
  // clustersOf reuses what it took from them and only recounts the occurrences in the text.
  const deferredIgnored = deferredState?.ignored;
  const deferredIgnoredOnce = deferredState?.ignoredOnce;
  const clusterSource = useMemo(
    () =>
      deferredIgnored && deferredIgnoredOnce
        ? deferredFindings.filter(
            (f) => !isIgnored(f, { ignored: deferredIgnored, ignoredOnce: deferredIgnoredOnce }),
          )
        : [],
    [deferredFindings, deferredIgnored, deferredIgnoredOnce],
  );
  const deferredTarget = deferredState?.target;
  const clusters = useMemo(
    () => (deferredTarget ? clustersOf(clusterSource, deferredTarget) : []),
    [clusterSource, deferredTarget],
  );
  const clusterMarks = useMemo(() => clusterMarksByParagraph(clusters), [clusters]);

  const currentIndex = useMemo(() => {
    if (!current) return null;
    const i = findings.findIndex((f) => sameFinding(f, current));
    return i < 0 ? null : i;
  }, [findings, current]);

  const goToRow = useCallback((row: number) => {
    setFocusRow(row);
    setScrollRequest((r) => ({ row, seq: (r?.seq ?? 0) + 1 }));
  }, []);
  const goToFinding = useCallback(
    (index: number) => {
      const f = findings[index];
      if (!f) return;
      setCurrent(f);
      goToRow(f.paragraph);
    },
    [findings, goToRow],
  );
  const stepTo = useCallback(
    (forward: boolean) => {
      const next = stepFinding(findings.length, currentIndex, forward);
      if (next !== null) goToFinding(next);
    },
    [findings.length, currentIndex, goToFinding],
  );

  const [dialog, setDialog] = useState<'open' | 'find' | null>(null);
  useGlobalKeys({
    next: () => stepTo(true),
    previous: () => stepTo(false),
    undo: () => store?.undo(),
    redo: () => store?.redo(),
    find: () => setDialog('find'),
    open: () => setDialog('open'),
  });

  // The menu's F8 steps through the list on screen, as the key does (useLatest in useGlobalKeys.ts).
  const step = useLatest(stepTo);
  useEffect(() => {
    const stops = [
      api.on('menu:next-finding', () => step.current(true)),
      api.on('menu:previous-finding', () => step.current(false)),
      api.on('menu:open', () => setDialog('open')),
      api.on('menu:language', ({ language }) => onLanguage(language)),
    ];
    return () => stops.forEach((stop) => stop());
  }, [api, step, onLanguage]);

  const dropError = useFileDrop(open);
  const [openRequests] = useState(() => openRequestsFrom(api));

  // Stable props for the memoized top bar: a keystroke changes none of them.
  const status = useDocumentStatus(snapshot);
  const openDialog = useCallback(() => setDialog('open'), []);
  const findDialog = useCallback(() => setDialog('find'), []);
  const undo = useCallback(() => store?.undo(), [store]);
  const redo = useCallback(() => store?.redo(), [store]);
  const documentActions = useMemo(() => store && <AddToGlossary store={store} />, [store]);

  const context: ShellContext | null = useMemo(
    () => (store ? { api, store, findings, goToFinding, goToRow } : null),
    [api, store, findings, goToFinding, goToRow],
  );

  return (
    <div className="app">
      <TopBar
        status={status}
        findingsComplete={findingsSnapshot.complete}
        findingCount={findings.length}
        onOpen={openDialog}
        onFind={findDialog}
        onUndo={undo}
        onRedo={redo}
        onLanguage={onLanguage}
        documentActions={documentActions}
      />
      {snapshot && store && (
        <ProjectBar
          api={api}
          store={store}
          snapshot={snapshot}
          goToRow={goToRow}
          openRequests={openRequests}
        />
      )}
      {(loadError ?? dropError) && (
        <p className="banner banner-error" role="alert">
          {loadError ? t(loadError) : dropError}
        </p>
      )}
      {snapshot && store && context && state ? (
        <>
          <AlignmentBar store={store} state={state} focusRow={focusRow} goToRow={goToRow} />
          {dialog === 'find' && (
            <FindReplace store={store} state={state} goToRow={goToRow} onClose={() => setDialog(null)} />
          )}
          <div className="workspace">
            <main className="main-area">
              <AlignedView
                scrollRequest={scrollRequest}
                state={state}
                store={store}
                findings={findings}
                byParagraph={byParagraph}
                clusterMarks={clusterMarks}
                currentFinding={currentIndex}
                active={active}
                focusRow={focusRow}
                sourceName={snapshot.pair.sourceName}
                targetName={snapshot.pair.targetName}
                onActivate={(paragraph, caret) => {
                  setFocusRow(paragraph);
                  setActive({ paragraph, caret });
                }}
                onDeactivate={(row) => {
                  setActive(null);
                  if (row !== null) {
                    goToRow(row);
                    requestAnimationFrame(() =>
                      document.querySelector<HTMLElement>(`[data-paragraph="${row}"]`)?.focus(),
                    );
                  }
                }}
                onFocusRow={setFocusRow}
                onSelectFinding={(i) => setCurrent(findings[i] ?? null)}
                onEdits={(edits) =>
                  store.dispatch([{ type: 'edit', edits }], {
                    joinKey: `type:${edits[0]?.paragraph}`,
                    typed: true,
                  })
                }
                onToggleReviewed={(p) =>
                  store.dispatch([{ type: 'set-reviewed', paragraph: p, reviewed: !store.state.reviewed[p] }])
                }
                onUndo={() => store.undo()}
                onRedo={() => store.redo()}
              />
            </main>
            <SidePanelArea
              context={context}
              state={state}
              allFindings={findingsSnapshot.findings}
              clusters={clusters}
              currentIndex={currentIndex}
              filters={filters}
              onFilters={setFilters}
              focusRow={focusRow}
            />
          </div>
        </>
      ) : (
        !loadError && <p className="loading">{t('editor:loading')}</p>
      )}
      {dialog === 'open' && <OpenDialog api={api} onOpen={open} onClose={() => setDialog(null)} />}
    </div>
  );
}
