import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet } from './when-quiet';

describe('whenQuiet', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = (lastEdit: { at: number }) => {
    const run = vi.fn();
    const cancel = whenQuiet(run, {
      lastEditAt: () => lastEdit.at,
      pauseMs: 400,
      maxWaitMs: 2_000,
      now: () => Date.now(),
    });
    return { run, cancel };
  };

  it('runs at once (from a timer) when nothing was edited for the pause', () => {
    const { run } = setup({ at: Date.now() - 500 });
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits for the pause after the last edit', () => {
    const { run } = setup({ at: Date.now() - 100 });
    vi.advanceTimersByTime(299);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('keeps waiting while edits go on, but not past the deadline', () => {
    const lastEdit = { at: Date.now() };
    const { run } = setup(lastEdit);
    for (let i = 0; i < 19; i++) {
      vi.advanceTimersByTime(100);
      lastEdit.at = Date.now();
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does not run once cancelled', () => {
    const { run, cancel } = setup({ at: Date.now() });
    cancel();
    vi.advanceTimersByTime(5_000);
    expect(run).not.toHaveBeenCalled();
  });
});
