// Reads an external store (the review store, the findings service, the remembered selection) into
// React after the next paint, at transition priority. A keystroke changes the review store at once
// (undo, autosave and the checks worker see every edit), but the views that follow it re-render only
// once the typed character is on screen (after-paint.ts), in slices React can interrupt:
// useSyncExternalStore re-rendered the whole shell synchronously inside the input event, which put tens
// of milliseconds between a keypress and its paint (issue 4's keypress-to-paint target). Whatever must
// not act on a copy a keystroke old reads the store itself (ParagraphEditor).
import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './after-paint';

interface Held<T> {
  readonly getSnapshot: () => T;
  readonly value: T;
}

/**
 * `later(value)` says whether a change may wait for the next paint; one that may not (a click on a
 * controlled checkbox, another pair opened) is rendered at once, as useSyncExternalStore would.
 */
export function useTransitionSnapshot<T>(
  subscribe: (listener: () => void) => () => void,
  getSnapshot: () => T,
  /** A function that stays the same (module level). */
  later: (value: T) => boolean = always,
): T {
  const [held, setHeld] = useState<Held<T>>(() => ({ getSnapshot, value: getSnapshot() }));
  useEffect(() => {
    let live = true;
    let queued = false;
    const take = () =>
      setHeld((h) => {
        const value = getSnapshot();
        return h.getSnapshot === getSnapshot && h.value === value ? h : { getSnapshot, value };
      });
    const takeLater = () => {
      queued = false;
      if (live) startTransition(take);
    };
    // Whatever changed between this render and the subscription is picked up here.
    startTransition(take);
    const stop = subscribe(() => {
      if (!later(getSnapshot())) take();
      else if (!queued) {
        // Several changes before the next frame are one render.
        queued = true;
        afterNextPaint(takeLater);
      }
    });
    return () => {
      live = false;
      stop();
    };
  }, [subscribe, getSnapshot, later]);
  // Another store (another pair opened): its snapshot at once, not the previous store's.
  return held.getSnapshot === getSnapshot ? held.value : getSnapshot();
}

const always = () => true;
