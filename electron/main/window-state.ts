// The window's size and position, remembered in userData between runs. A saved position is used only
// if the window would still be visible (a monitor may have been unplugged since), and its size never
// exceeds the largest screen.
import { join } from 'node:path';
import { z } from 'zod';
import { jsonFile, type JsonFile } from '../services/json-file';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  readonly width: number;
  readonly height: number;
  /** Absent: let the OS center the window. */
  readonly x?: number;
  readonly y?: number;
  readonly maximized: boolean;
}

export const minimumSize = { width: 720, height: 480 } as const;
export const defaultWindowState: WindowState = { width: 1280, height: 820, maximized: false };

const stateSchema = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  maximized: z.boolean(),
});

export function windowStateFile(userData: string): JsonFile<WindowState> {
  return jsonFile(join(userData, 'window-state.json'), stateSchema, defaultWindowState);
}

/** How much of the title bar must be on a screen for a saved position to be kept. */
const visibleMargin = { width: 120, height: 40 } as const;

export function fitToScreens(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const largest = workAreas.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a), {
    x: 0,
    y: 0,
    width: defaultWindowState.width,
    height: defaultWindowState.height,
  });
  const width = Math.max(minimumSize.width, Math.min(state.width, largest.width));
  const height = Math.max(minimumSize.height, Math.min(state.height, largest.height));
  const sized = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return sized;
  const { x, y } = state;
  const titleBarVisible = workAreas.some(
    (area) =>
      x + width - visibleMargin.width >= area.x &&
      x + visibleMargin.width <= area.x + area.width &&
      y >= area.y &&
      y + visibleMargin.height <= area.y + area.height,
  );
  return titleBarVisible ? { ...sized, x, y } : sized;
}
