// "After the next paint": work a keystroke causes but the keystroke's own frame does not need (the
// shell's re-render, the findings panel) runs once that frame is on screen, not between the key and
// its paint (web.dev, "Optimize Interaction to Next Paint": yield so the next frame is presented first).
// A task queued from a requestAnimationFrame callback runs after the frame it belongs to.

/** A hidden window draws no frames; the work then runs after this long instead. */
const noFrameMs = 100;

export function afterNextPaint(task: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    task();
  };
  const fallback = setTimeout(run, noFrameMs);
  requestAnimationFrame(() => setTimeout(run, 0));
}
