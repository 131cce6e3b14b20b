// Whether this machine has an Electron binary for the `electron` project, and why its specs skip if not.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

export const noElectronReason =
  'no Electron binary on this machine: installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1';

/** The Electron binary `require('electron')` points to, or null (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1). */
export function electronBinary(): string | null {
  try {
    const path = createRequire(join(root, 'package.json'))('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
