// The glossary a report's checks use: the user's personal glossary and the project's glossary files,
// combined as the editor combines them (shared/glossary/combine.ts). A glossary that cannot be read
// is left out rather than failing the export: the report is still right about everything else.
import { join } from 'node:path';
import { combineGlossaries } from '../../shared/glossary/combine';
import type { Glossary } from '../../shared/glossary/model';
import type { ServiceContext } from './context';
import { formatOf, parseGlossary, readGlossaryText } from './glossary-files';
import { personalGlossaryFile } from './glossary-handlers';

async function readOne(absolute: string): Promise<Glossary | null> {
  try {
    return parseGlossary(formatOf(absolute), await readGlossaryText(absolute)).glossary;
  } catch {
    return null;
  }
}

export async function exportGlossary(ctx: ServiceContext, paths: readonly string[]): Promise<Glossary> {
  const files = await Promise.all(
    paths.map(async (path) => {
      try {
        return await readOne(await ctx.paths.resolve(path, 'read'));
      } catch {
        return null;
      }
    }),
  );
  const personal = await readOne(join(ctx.stateDir, personalGlossaryFile));
  return combineGlossaries([personal, ...files].filter((g): g is Glossary => g !== null));
}
