// Assembles the web host: workspace, state, services, dispatch and the HTTP server, listening on
// 127.0.0.1 only. Used by main.ts (`npm run web`) and by the tests, which start it on port 0.
import { copyFile, mkdir, readFile, realpath } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { contract } from '../../shared/contract';
import { demoFiles } from '../services/app-handlers';
import type { Emit } from '../services/context';
import { createDispatch } from '../services/dispatch';
import { createFileWatcher } from '../services/file-watcher';
import { createHandlers } from '../services/handlers';
import { createRecentFiles } from '../services/recent-files';
import { createSettingsStore } from '../services/settings-store';
import { stateFolderName, workspacePolicy } from '../services/workspace';
import { createEventStream } from './event-stream';
import { createWebServer } from './server';
import { newToken } from './token';

export interface WebHostOptions {
  readonly projectRoot: string;
  readonly workspace: string;
  readonly port: number;
  /** The built renderer; defaults to <projectRoot>/dist. */
  readonly distDir?: string;
}

export interface WebHost {
  readonly url: string;
  readonly token: string;
  readonly workspace: string;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  await mkdir(options.workspace, { recursive: true });
  const workspace = await realpath(options.workspace);
  const samplesDir = join(options.projectRoot, 'shared', 'samples');
  await offerSamples(workspace, samplesDir);
  const stateDir = join(workspace, stateFolderName);
  const events = createEventStream();
  const emit: Emit = (name, payload) => events.send({ name, payload });
  const watcher = createFileWatcher(emit);
  const version = JSON.parse(await readFile(join(options.projectRoot, 'package.json'), 'utf8'))
    .version as string;
  const handlers = createHandlers({
    info: { name: 'Nusach', version, host: 'web', nativeDialogs: false },
    samplesDir,
    stateDir,
    paths: workspacePolicy(workspace),
    settings: createSettingsStore(stateDir, { uiLanguage: 'en' }),
    recent: createRecentFiles(stateDir),
    watcher,
    emit,
  });
  const token = newToken();
  const server = createWebServer({
    token,
    distDir: await realpath(options.distDir ?? join(options.projectRoot, 'dist')),
    dispatch: createDispatch(contract, handlers),
    events,
  });
  await listen(server, options.port);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    workspace,
    close: () =>
      new Promise((resolve) => {
        events.close();
        watcher.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the token keeps other local users' browsers out, the address keeps the network out.
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

/** A new workspace gets copies of the demo pair, so the in-app picker has something to open. */
async function offerSamples(workspace: string, samplesDir: string): Promise<void> {
  for (const name of Object.values(demoFiles)) {
    await copyFile(join(samplesDir, name), join(workspace, name), 1).catch(() => undefined);
  }
}
