// Runs a heavy step once the reviewer pauses: the recovery write serialises and sends the whole
// project (tens of milliseconds on a 2,000-paragraph document), which, landing between a keypress and
// its paint, is a stutter the reviewer feels. A deadline keeps the promise of issue 7: unsaved work
// reaches the recovery file within a few seconds even while the reviewer types without a pause.

export interface QuietWait {
  /** When the last edit was made (performance.now() time). */
  readonly lastEditAt: () => number;
  /** How long without an edit counts as a pause, ms. */
  readonly pauseMs: number;
  /** The longest the step waits for a pause, ms from now. */
  readonly maxWaitMs: number;
  readonly now?: () => number;
}

/** Calls `run` (from a timer) at the first pause in editing, or after `maxWaitMs`; returns a cancel function. */
export function whenQuiet(run: () => void, wait: QuietWait): () => void {
  const now = wait.now ?? (() => performance.now());
  const deadline = now() + wait.maxWaitMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = () => {
    const t = now();
    const quiet = t - wait.lastEditAt();
    if (quiet >= wait.pauseMs || t >= deadline) {
      timer = undefined;
      run();
      return;
    }
    timer = setTimeout(attempt, Math.min(wait.pauseMs - quiet, deadline - t));
  };
  // Never synchronously: the caller holds the cancel function before `run` can replace what it cancels.
  timer = setTimeout(attempt, 0);
  return () => clearTimeout(timer);
}
