// Handlers for shared/contract/app.ts.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { appContract, NamedText } from '../../shared/contract/app';
import type { HandlersOf } from '../../shared/contract/define';
import { decodeText } from '../../shared/formats/text-decoding';
import { CallFailure } from './call-failure';
import type { ServiceContext } from './context';

export const demoFiles = { source: 'article.en.txt', target: 'article.he.txt' } as const;

async function sample(dir: string, name: string, language: NamedText['language']): Promise<NamedText> {
  const decoded = decodeText(await readFile(join(dir, name)));
  if (!decoded.ok) throw new CallFailure(decoded.error);
  return { name, text: decoded.value.text, language };
}

export function appHandlers(ctx: ServiceContext): HandlersOf<typeof appContract> {
  return {
    'app.demo': async () => ({
      source: await sample(ctx.samplesDir, demoFiles.source, 'en'),
      target: await sample(ctx.samplesDir, demoFiles.target, 'he'),
    }),
    'app.info': async () => ctx.info,
    'app.openRequests': async () => ctx.openRequests?.splice(0) ?? [],
    'app.settings.get': () => ctx.settings.get(),
    'app.settings.set': async (change) => {
      const settings = await ctx.settings.set(change);
      ctx.emit('settings-changed', settings);
      return settings;
    },
  };
}
