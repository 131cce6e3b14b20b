// "After the next paint": work a keystroke causes but the keystroke's own frame does not need (the
// shell's re-render, the findings panel) runs once that frame is on screen, not between the key and
// its paint (web.dev, "Optimize Interaction to Next Paint": yield so the next frame is presented first).
// A task queued from a requestAnimationFrame callback runs after the frame it belongs to.

/** A hidden window draws no frames; the work then runs after this long instead. */
const noFrameMs = 100;

// Everything asked for before the same frame runs in one task, so React renders it as one update.
const queued: (() => void)[] = [];

export function afterNextPaint(task: () => void): void {
  queued.push(task);
  if (queued.length > 1) return;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    for (const next of queued.splice(0)) next();
  };
  const fallback = setTimeout(run, noFrameMs);
  requestAnimationFrame(() => setTimeout(run, 0));
}
