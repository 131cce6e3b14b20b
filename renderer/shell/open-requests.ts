// Project files the OS asked us to open (a `.nusach` double-clicked, or passed to a second launch):
// taken from the Node side's queue on start and whenever it announces more (shared/contract/app.ts,
// `app.openRequests` + `open-requested`), and handed to whoever opens projects — the project bar
// (renderer/review/ProjectBar.tsx), behind its unsaved-work prompt. A request that arrives before
// the project bar is mounted (the app is still opening its first pair) waits for it.
import type { Client } from '../api/client';
import { PROJECT_EXTENSION } from '../../shared/project/project-file';

export interface OpenRequests {
  /** Calls `listener` with each project path asked for, including one that arrived before. */
  subscribe(listener: (path: string) => void): () => void;
}

/** The project file to open: one window holds one review, so of several at once the last one wins. */
export function latestProject(paths: readonly string[]): string | null {
  return paths.filter((p) => p.toLowerCase().endsWith(PROJECT_EXTENSION)).at(-1) ?? null;
}

type Source = Pick<Client, 'app.openRequests' | 'on'>;

export function openRequestsFrom(api: Source): OpenRequests {
  const listeners = new Set<(path: string) => void>();
  let waiting: string | null = null;
  let started = false;
  const deliver = (path: string) => {
    if (listeners.size === 0) waiting = path;
    else for (const listener of listeners) listener(path);
  };
  // Taking empties the Node side's queue: every answer is delivered or kept, never dropped.
  const take = () =>
    void api['app.openRequests']({}).then((result) => {
      const path = result.ok ? latestProject(result.value) : null;
      if (path) deliver(path);
    });
  return {
    subscribe(listener) {
      if (!started) {
        started = true;
        take();
        api.on('open-requested', take);
      }
      listeners.add(listener);
      if (waiting !== null) {
        const path = waiting;
        waiting = null;
        queueMicrotask(() => listener(path));
      }
      return () => listeners.delete(listener);
    },
  };
}
