// Handlers for shared/contract/project.ts. Paths go through ctx.paths (workspace on the web host,
// granted paths in Electron) like every other file call.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { HandlersOf } from '../../shared/contract/define';
import type { projectContract } from '../../shared/contract/project';
import { createRecoveryStore, type RecoveryStore } from './autosave';
import type { ServiceContext } from './context';
import { readProjectFile, writeProjectFile } from './project-store';

const stores = new Map<string, RecoveryStore>();

/** One recovery store per data folder, shared by every handler set made for it. */
function recoveryFor(stateDir: string): RecoveryStore {
  let store = stores.get(stateDir);
  if (!store) stores.set(stateDir, (store = createRecoveryStore(stateDir)));
  return store;
}

export function projectHandlers(ctx: ServiceContext): HandlersOf<typeof projectContract> {
  const recovery = recoveryFor(ctx.stateDir);
  return {
    'project.open': async ({ path }) => {
      const absolute = await ctx.paths.resolve(path, 'read');
      const project = await readProjectFile(absolute);
      const shown = ctx.paths.display(absolute);
      await ctx.recent.add(shown);
      return { path: shown, name: basename(absolute), project };
    },
    'project.save': async ({ path, project }) => {
      const absolute = await ctx.paths.resolve(path, 'write');
      const bytes = await writeProjectFile(absolute, project);
      const shown = ctx.paths.display(absolute);
      await ctx.recent.add(shown);
      // The work is on disk now: a recovery of it would only offer an older copy next start.
      await recovery.discard();
      return { path: shown, bytes };
    },
    'project.writeRecovery': async ({ project, projectPath }) => ({
      savedAt: await recovery.write(project, projectPath),
    }),
    'project.recovery': () =>
      recovery.offer(async (path) => {
        try {
          return (await stat(await ctx.paths.resolve(path, 'read'))).mtimeMs;
        } catch {
          return undefined;
        }
      }),
    'project.discardRecovery': async () => {
      await recovery.discard();
      return null;
    },
  };
}
