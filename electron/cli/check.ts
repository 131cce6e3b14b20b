// `npm run --silent check -- TARGET [--source SOURCE] [--glossary FILE] [--format json|text]`
// The entry point wires the real file system, streams and engine into the check command.
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { checkDocument } from '../../shared/checks/engine';
import { parseTbx } from '../../shared/glossary/tbx';
import { parseCsv } from '../../shared/glossary/csv';
import { runCheckCommand } from './check-command';

const io = {
  readFile: async (path: string) => new Uint8Array(await readFile(path)),
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
  now: () => performance.now(),
};

// `check … | head` closes the pipe early: that is the reader's choice, not a failure to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCheckCommand(process.argv.slice(2), io, { checkDocument, parseTbx, parseCsv });
