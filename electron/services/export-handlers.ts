// Handlers for shared/contract/export.ts: the same builders as the export CLI, fed from the project.
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { checkDocument } from '../../shared/checks/engine';
import type { HandlersOf } from '../../shared/contract/define';
import type { exportContract } from '../../shared/contract/export';
import { buildExport, type ExportFormat } from '../../shared/formats/build-export';
import type { ExportDocument } from '../../shared/formats/export-document';
import { paragraphsFromText } from '../../shared/model/document';
import type { Project } from '../../shared/project/project-file';
import { writeFileAtomic } from './atomic-write';
import { fail } from './call-failure';
import type { ServiceContext } from './context';
import { failForFsError } from './files';
import { exportGlossary } from './export-glossary';

function reviewer(): string {
  try {
    return userInfo().username || 'Nusach';
  } catch {
    return 'Nusach';
  }
}

const texts = (text: string) => paragraphsFromText(text).map((p) => p.text);

/** The project's paragraphs, paired by index; a project whose paragraphs no longer pair is refused. */
export function exportDocumentOf(project: Project, format: ExportFormat, now: Date): ExportDocument {
  const original = texts(project.original.text);
  const current = texts(project.current);
  const source = texts(project.source.text);
  const title = basename(project.original.path ?? 'translation.txt');
  if (original.length !== current.length)
    fail('export-paragraph-mismatch', {
      first: project.original.path ?? 'original',
      firstCount: original.length,
      second: 'current',
      secondCount: current.length,
    });
  if ((format === 'xliff' || format === 'tmx') && source.length !== current.length)
    fail('export-paragraph-mismatch', {
      first: project.source.path ?? 'source',
      firstCount: source.length,
      second: 'current',
      secondCount: current.length,
    });
  return {
    source,
    original,
    current,
    // The UI does not know the reviewer's name; the comments it sends are theirs.
    comments: project.comments.map((c) => (c.author ? c : { ...c, author: reviewer() })),
    author: reviewer(),
    date: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    title,
  };
}

export function exportHandlers(ctx: ServiceContext): HandlersOf<typeof exportContract> {
  return {
    'export.write': async ({ path, format, project, language }) => {
      const absolute = await ctx.paths.resolve(path, 'write');
      const glossary = await exportGlossary(ctx, project.glossaries);
      const bytes = await buildExport(format, {
        document: exportDocumentOf(project, format, new Date()),
        currentText: project.current,
        ignored: new Set(project.ignored),
        checkDocument: (document) => checkDocument(document, glossary),
        language,
        toolVersion: ctx.info.version,
      });
      await writeFileAtomic(absolute, bytes).catch((error: NodeJS.ErrnoException) => failForFsError(error));
      return { path: ctx.paths.display(absolute), bytes: bytes.byteLength };
    },
  };
}
