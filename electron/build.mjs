// Bundles the Electron side: main → dist-electron/main.cjs, preload → dist-electron/preload.cjs.
// Both are self-contained CommonJS: a sandboxed preload can require only `electron` and a few Node
// shims, so everything it uses (the contract, zod) must be inside the one file.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  // Electron 41 ships Node 24 and Chromium 146.
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  minify: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist-electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist-electron/preload.cjs' }),
]);
