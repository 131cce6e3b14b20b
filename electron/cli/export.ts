// `npm run --silent export -- --original ORIGINAL.txt --target CURRENT.txt [--source SOURCE.txt] --out FILE`
// Entry point: wires the real file system into the export command (export-command.ts).
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { checkDocument } from '../../shared/checks/engine';
import { writeFileAtomic } from '../services/atomic-write';
import { runExportCommand } from './export-command';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** Device and inode: the same file reached by two different paths (a link, `./`) is still the same. */
async function identity(path: string): Promise<string | undefined> {
  try {
    const s = await stat(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

const code = await runExportCommand(
  process.argv.slice(2),
  {
    readFile: (path) => readFile(path),
    writeFile: writeFileAtomic,
    identity,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    now: () => Date.now(),
  },
  { checkDocument, toolVersion: version },
);
process.exitCode = code;
