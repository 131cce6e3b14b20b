import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultWindowState, fitToScreens, windowStateFile } from './window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('window state on screens', () => {
  it('keeps a position that is on a screen', () => {
    expect(fitToScreens({ x: 100, y: 50, width: 1000, height: 700, maximized: false }, [laptop])).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('drops the position of a window left on a monitor that was unplugged', () => {
    const saved = { x: 2000, y: 100, width: 1200, height: 800, maximized: true };
    expect(fitToScreens(saved, [laptop, rightMonitor])).toMatchObject({ x: 2000, y: 100 });
    expect(fitToScreens(saved, [laptop])).toEqual({ width: 1200, height: 800, maximized: true });
  });

  it('drops a position whose title bar is above the screen', () => {
    expect(
      fitToScreens({ x: 10, y: -500, width: 900, height: 600, maximized: false }, [laptop]),
    ).not.toHaveProperty('x');
  });

  it('shrinks a window larger than the largest screen, but not below the minimum', () => {
    expect(fitToScreens({ width: 5000, height: 3000, maximized: false }, [laptop])).toEqual({
      width: 1440,
      height: 870,
      maximized: false,
    });
    expect(fitToScreens({ width: 100, height: 100, maximized: false }, [laptop])).toMatchObject({
      width: 720,
      height: 480,
    });
  });
});

describe('window state file', () => {
  it('round-trips, and reads a corrupt or foreign file as the defaults', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nusach-window-'));
    const file = windowStateFile(dir);
    expect(await file.read()).toEqual(defaultWindowState);
    await file.write({ x: 5, y: 6, width: 800, height: 600, maximized: true });
    expect(await file.read()).toEqual({ x: 5, y: 6, width: 800, height: 600, maximized: true });
    await writeFile(join(dir, 'window-state.json'), '{"width": "huge"');
    expect(await file.read()).toEqual(defaultWindowState);
    await writeFile(join(dir, 'window-state.json'), '{"width": -3, "height": 2, "maximized": false}');
    expect(await file.read()).toEqual(defaultWindowState);
    await rm(dir, { recursive: true });
  });
});
