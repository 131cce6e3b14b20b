// Starts the web host for the whole run with a throwaway workspace; tests read NUSACH_URL.
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronBinary, noElectronReason } from './electron-binary';
import { startWebHostProcess } from './web-host-process';

export default async function globalSetup(): Promise<void> {
  if (!existsSync(join(import.meta.dirname, '..', 'dist', 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the e2e tests (npm test does).');
  }
  // The list reporter shows skipped tests without their reason; say it once for the whole project.
  if (electronBinary() === null) console.log(`electron project: every spec skips (${noElectronReason})`);
  const workspace = await mkdtemp(join(tmpdir(), 'nusach-e2e-workspace-'));
  const host = await startWebHostProcess(workspace);
  process.env.NUSACH_URL = host.url;
  process.env.NUSACH_WORKSPACE = workspace;
  process.env.NUSACH_WEB_PID = String(host.process.pid);
}
