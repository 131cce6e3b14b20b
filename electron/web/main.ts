// `npm run web [-- --port N --workspace DIR]`: serves the app to a browser on this machine and prints
// exactly one line: the URL to open (it carries the per-launch token) and the workspace folder.
// The workspace defaults to "nusach-workspace" in the OS temp folder: a place of its own, so the
// in-app picker never exposes the user's home or the folder the command was run from by accident.
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWebArgs } from './args';
import { startWebHost } from './host';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const parsed = parseWebArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`npm run web: ${parsed.message}. Usage: npm run web -- [--port N] [--workspace DIR]`);
  process.exit(2);
}
const host = await startWebHost({
  projectRoot,
  workspace: resolve(parsed.args.workspace ?? join(tmpdir(), 'nusach-workspace')),
  port: parsed.args.port,
});
console.log(`Nusach: open ${host.url} (workspace: ${host.workspace})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void host.close().then(() => process.exit(0)));
}
