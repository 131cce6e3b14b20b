// Handlers for shared/contract/files.ts. Every path goes through ctx.paths first (workspace on the
// web host, granted paths in Electron); every write is atomic.
import type { HandlersOf } from '../../shared/contract/define';
import type { filesContract } from '../../shared/contract/files';
import { writeFileAtomic } from './atomic-write';
import { fail } from './call-failure';
import type { ServiceContext } from './context';
import { failForFsError, readDocument } from './files';

export function filesHandlers(ctx: ServiceContext): HandlersOf<typeof filesContract> {
  return {
    'files.open': async ({ path }) => {
      const absolute = await ctx.paths.resolve(path, 'read');
      const document = await readDocument(absolute);
      const shown = ctx.paths.display(absolute);
      await ctx.recent.add(shown);
      await ctx.watcher.watch(absolute, shown);
      return { path: shown, ...document };
    },
    'files.save': async ({ path, text }) => {
      const absolute = await ctx.paths.resolve(path, 'write');
      const bytes = new TextEncoder().encode(text);
      await ctx.watcher
        .ownWrite(absolute, () => writeFileAtomic(absolute, bytes))
        .catch((error: NodeJS.ErrnoException) => failForFsError(error));
      const shown = ctx.paths.display(absolute);
      await ctx.watcher.watch(absolute, shown);
      await ctx.recent.add(shown);
      return { path: shown, bytes: bytes.byteLength };
    },
    'files.recent': () => ctx.recent.list(),
    'files.list': ({ path }) => ctx.paths.list(path ?? ''),
    'files.showOpenDialog': async ({ kind }) => {
      if (!ctx.dialogs) return fail('native-dialog-unavailable');
      const chosen = await ctx.dialogs.open(kind);
      if (chosen !== null) ctx.paths.grant(chosen);
      return { path: chosen };
    },
    'files.showSaveDialog': async ({ kind, defaultName }) => {
      if (!ctx.dialogs) return fail('native-dialog-unavailable');
      const chosen = await ctx.dialogs.save(kind, defaultName);
      if (chosen !== null) ctx.paths.grant(chosen);
      return { path: chosen };
    },
  };
}
