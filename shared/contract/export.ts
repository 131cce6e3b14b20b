// The export call: the UI sends the project as it stands and a path; the Node side builds the file
// (shared/formats/build-export.ts, the same code as the export CLI) and writes it atomically.
import { z } from 'zod';
import { call } from './define';
import { pathSchema, type SavedFile } from './files';
import { uiLanguageSchema } from './app';
import { exportFormats, type ExportFormat } from '../formats/export-formats';
import { projectSchema } from '../project/project-file';

export const exportFormatSchema = z.enum(exportFormats as [ExportFormat, ...ExportFormat[]]);

export const exportContract = {
  'export.write': call<SavedFile>()(
    z.strictObject({
      path: pathSchema,
      format: exportFormatSchema,
      project: projectSchema,
      /** The language of the report's labels and messages (the UI language). */
      language: uiLanguageSchema,
    }),
  ),
};
