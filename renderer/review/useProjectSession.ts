// The project around the review: which .nusach file it is (if any), the ORIGINAL translation it
// started from, whether there is unsaved work, saving and opening, and the crash-recovery autosave
// (LESSONS.md 5). The editor's store stays the one source of the review state; this hook only adds
// what a project file needs beyond it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Client } from '../api/client';
import type { AppError } from '../../shared/contract/define';
import type { Project } from '../../shared/project/project-file';
import type { ReviewState } from '../state/review-state';
import type { ReviewStore, StoreSnapshot } from '../state/review-store';
import { pairKey } from '../state/pair-key';
import { projectFromState, stateFromProject, type ProjectOrigin } from './project-mapping';
import { whenQuiet } from './when-quiet';

/**
 * Unsaved work reaches the recovery file this long after the edit, or, while the reviewer keeps
 * typing, at the first pause (at most PAUSE_WAIT_MS + IDLE_WAIT_MS later).
 */
export const AUTOSAVE_DELAY_MS = 1500;
/** No edit for this long is a pause in typing. */
const TYPING_PAUSE_MS = 400;
/** The longest an autosave waits for a pause in typing after its delay. */
const PAUSE_WAIT_MS = 2500;
/** The longest it then waits for an idle moment. */
const IDLE_WAIT_MS = 500;

export interface ProjectSession {
  readonly origin: ProjectOrigin;
  /** The project file's path as the host names it; null until first saved. */
  readonly path: string | null;
  readonly dirty: boolean;
  readonly error: AppError | null;
  readonly project: () => Project;
  readonly save: (path: string) => Promise<boolean>;
  readonly open: (path: string) => Promise<boolean>;
  readonly restore: (project: Project, path: string | null) => void;
  readonly clearError: () => void;
}

interface Tracked {
  /** The editor pair this session belongs to. */
  readonly key: string;
  readonly origin: ProjectOrigin;
  readonly path: string | null;
  /** The state last saved (or opened); any other state is unsaved work. */
  readonly saved: ReviewState;
}

function freshSession(snapshot: StoreSnapshot): Tracked {
  return {
    key: snapshot.pair.key,
    origin: {
      sourceName: snapshot.pair.sourceName,
      targetName: snapshot.pair.targetName,
      original: snapshot.state.target,
      glossaries: [],
      commentTimes: {},
    },
    path: null,
    saved: snapshot.state,
  };
}

export function useProjectSession(api: Client, store: ReviewStore, snapshot: StoreSnapshot): ProjectSession {
  const [session, setSession] = useState<Tracked>(() => freshSession(snapshot));
  const [error, setError] = useState<AppError | null>(null);
  // Another pair opened in the editor (Open dialog, drop): a new, unsaved review of it starts here.
  // (React's "adjusting state when a prop changes": set during render, before children see it.)
  if (snapshot.pair.key !== session.key) setSession(freshSession(snapshot));

  const { origin, path, saved } = session;
  const state = snapshot.state;
  const dirty = state !== saved;

  // The glossary files open now are the project's glossaries (the personal glossary is the user's own).
  const [glossaries, setGlossaries] = useState<readonly string[]>([]);
  useEffect(() => {
    const refresh = () =>
      void api['glossary.list']({}).then(
        (r) => r.ok && setGlossaries(r.value.sources.flatMap((s) => (s.path === null ? [] : [s.path]))),
      );
    refresh();
    return api.on('glossary-changed', refresh);
  }, [api]);

  const project = useCallback(
    () => projectFromState({ ...origin, glossaries }, store.state, '', new Date().toISOString()),
    [origin, glossaries, store],
  );

  const load = useCallback(
    (opened: Project, at: string | null, clean: boolean) => {
      const next = stateFromProject(opened);
      const pair = {
        sourceName: next.origin.sourceName,
        targetName: next.origin.targetName,
        key: pairKey(next.source, next.target),
      };
      // The session learns the new pair's key before the store announces it, so it is not taken
      // for a pair opened from files (whose CURRENT would become ORIGINAL).
      setSession({ key: pair.key, origin: next.origin, path: at, saved: unsavedMarker });
      store.replace(pair, next.source, next.target);
      store.dispatch(
        [
          { type: 'restore-decisions', decisions: next.decisions },
          ...next.ignoredOnce.map((fingerprint) => ({
            type: 'ignore' as const,
            fingerprint,
            scope: 'once' as const,
          })),
        ],
        { addToHistory: false },
      );
      const restored = store.state;
      if (clean) setSession((s) => ({ ...s, saved: restored }));
    },
    [store],
  );

  const save = useCallback(
    async (to: string) => {
      const at = store.state;
      const result = await api['project.save']({ path: to, project: project() });
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      setSession((s) => ({ ...s, path: result.value.path, saved: at }));
      setError(null);
      return true;
    },
    [api, project, store],
  );

  const open = useCallback(
    async (from: string) => {
      const result = await api['project.open']({ path: from });
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      load(result.value.project, result.value.path, true);
      setError(null);
      // Reopen the glossaries the project was reviewed with; one that is gone is reported, not fatal.
      for (const glossary of result.value.project.glossaries) {
        if (glossaries.includes(glossary)) continue;
        const opened = await api['glossary.open']({ path: glossary });
        if (!opened.ok) setError(opened.error);
      }
      return true;
    },
    [api, load, glossaries],
  );

  const restore = useCallback((recovered: Project, at: string | null) => load(recovered, at, false), [load]);

  // Autosave: the first edit after a write schedules the next write; it sends the state as it is then.
  /** Cancels the scheduled write. */
  const pending = useRef<(() => void) | null>(null);
  const latest = useRef({ project, path, dirty });
  useEffect(() => {
    latest.current = { project, path, dirty };
  }, [project, path, dirty]);
  const lastEditAt = useRef(0);
  useEffect(() => {
    lastEditAt.current = performance.now();
    if (!dirty || pending.current) return;
    const write = () => {
      pending.current = null;
      if (latest.current.dirty)
        void api['project.writeRecovery']({
          project: latest.current.project(),
          projectPath: latest.current.path,
        });
    };
    // What `pending` cancels moves along: the delay, then the wait for a pause, then for an idle moment.
    let cancel = () => clearTimeout(timer);
    pending.current = () => cancel();
    const timer = setTimeout(() => {
      // Serialising and sending a long document takes tens of milliseconds: it waits for a pause in
      // typing (when-quiet.ts), then for the browser's next idle moment, so it does not land between a
      // keypress and its paint.
      cancel = whenQuiet(
        () => {
          const idle = requestIdleCallback(write, { timeout: IDLE_WAIT_MS });
          cancel = () => cancelIdleCallback(idle);
        },
        { lastEditAt: () => lastEditAt.current, pauseMs: TYPING_PAUSE_MS, maxWaitMs: PAUSE_WAIT_MS },
      );
    }, AUTOSAVE_DELAY_MS);
  }, [api, dirty, state]);
  useEffect(
    () => () => {
      pending.current?.();
    },
    [],
  );

  // The browser asks before closing or reloading a page with unsaved work (HTML "beforeunload").
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return {
    origin,
    path,
    dirty,
    error,
    project,
    save,
    open,
    restore,
    clearError: () => setError(null),
  };
}

/** A state no store ever holds: a restored recovery is unsaved work until it is saved. */
const unsavedMarker: ReviewState = {
  source: [],
  target: [],
  ignored: [],
  ignoredOnce: [],
  comments: [],
  reviewed: [],
};
