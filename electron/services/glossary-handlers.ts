// Handlers for shared/contract/glossary.ts. One GlossaryStore per host, created on first use; the
// personal glossary lives in the app's data folder. Paths from the UI go through ctx.paths first.
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { HandlersOf } from '../../shared/contract/define';
import type { glossaryContract } from '../../shared/contract/glossary';
import { starterGlossary } from '../../shared/glossary/starter';
import type { ServiceContext } from './context';
import { GlossaryStore } from './glossary-store';

export const personalGlossaryFile = 'glossary.tbx';

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

export function glossaryHandlers(ctx: ServiceContext): HandlersOf<typeof glossaryContract> {
  let ready: Promise<GlossaryStore> | undefined;
  const store = () =>
    (ready ??= (async () => {
      const created = new GlossaryStore({
        personalPath: join(ctx.stateDir, personalGlossaryFile),
        user: currentUser(),
        onChange: (state) => ctx.emit('glossary-changed', { revision: state.revision }),
      });
      await created.init();
      return created;
    })());
  return {
    'glossary.list': async () => (await store()).state(),
    'glossary.open': async ({ path }) => {
      const absolute = await ctx.paths.resolve(path, 'read');
      return (await store()).open(absolute, ctx.paths.display(absolute));
    },
    'glossary.close': async ({ source }) => (await store()).close(source),
    'glossary.save': async ({ source }) => (await store()).save(source),
    'glossary.upsert': async ({ source, entry, index }) => (await store()).upsert(source, entry, index),
    'glossary.delete': async ({ source, id }) => (await store()).delete(source, id),
    'glossary.mergeEntries': async ({ source, keep, remove }) =>
      (await store()).mergeEntries(source, keep, remove),
    'glossary.import': async ({ source, path }) => {
      const absolute = await ctx.paths.resolve(path, 'read');
      return (await store()).importFile(source, absolute);
    },
    'glossary.importStarter': async ({ source }) =>
      (await store()).importGlossary(source, 'tbx', { glossary: starterGlossary, problems: [] }),
    'glossary.export': async ({ source, path, format }) => {
      const absolute = await ctx.paths.resolve(path, 'write');
      const bytes = await (await store()).exportFile(source, absolute, format);
      return { path: ctx.paths.display(absolute), bytes };
    },
    'glossary.resolveConflict': async ({ source, id, choice }) =>
      (await store()).resolveConflict(source, id, choice),
  };
}
