// `npm run bench [-- NAME…]`: runs every benchmark module in this folder and prints markdown tables.
// Hook for new benchmarks: add a file named `<name>-bench.ts` here whose default export is a
// BenchModule (bench-module.ts); it is picked up automatically, in file-name order (the editor
// benchmark goes in `editor-bench.ts`). Names on the command line select modules.
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { TSX_CLI, markdownTable, type BenchModule } from './bench-module';

const folder = dirname(fileURLToPath(import.meta.url));

async function benchModules(): Promise<BenchModule[]> {
  const files = (await readdir(folder)).filter((f) => /-bench\.ts$/u.test(f)).sort();
  const modules: BenchModule[] = [];
  for (const file of files) {
    const loaded = (await import(pathToFileURL(join(folder, file)).href)) as { default?: BenchModule };
    if (loaded.default && typeof loaded.default.run === 'function') modules.push(loaded.default);
    else process.stderr.write(`bench: ${file} has no default BenchModule export; skipped\n`);
  }
  return modules;
}

const wanted = process.argv.slice(2);
const modules = (await benchModules()).filter((m) => wanted.length === 0 || wanted.includes(m.name));
if (modules.length === 0) {
  process.stderr.write(`bench: no benchmark named ${wanted.join(', ')}\n`);
  process.exitCode = 2;
}
if (modules.length === 1) {
  const [module] = modules as [BenchModule];
  process.stdout.write(`## ${module.name}\n\n`);
  for (const table of await module.run()) process.stdout.write(`${markdownTable(table)}\n\n`);
} else
  // Each module in a process of its own: run after the editor benchmark in one process, the engine's
  // million words took 1.2 s instead of 0.8 s and its re-check 6 ms instead of 4 (the browser driver's
  // heap and timers stay in the process).
  for (const module of modules) {
    const result = spawnSync(process.execPath, [TSX_CLI, fileURLToPath(import.meta.url), module.name], {
      stdio: 'inherit',
    });
    if (result.status !== 0) process.exitCode = result.status ?? 1;
  }
