// The export formats by name, apart from their builders: the contract (and so the renderer bundle)
// needs the list without pulling in the DOCX and XML libraries that build the files.

/** docx is the tracked-changes document; docx-clean the corrected text alone. */
export type ExportFormat = 'txt' | 'docx' | 'docx-clean' | 'xliff' | 'tmx' | 'html' | 'csv';
export const exportFormats: readonly ExportFormat[] = [
  'docx',
  'docx-clean',
  'txt',
  'xliff',
  'tmx',
  'html',
  'csv',
];
