// Native open/save dialogs for the services (the web host has an in-app picker instead).
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import type { FileKindFilter } from '../../shared/contract/files';
import type { NativeDialogs } from '../services/context';

const filters: Record<FileKindFilter, FileFilter[]> = {
  document: [{ name: 'Text, Word', extensions: ['txt', 'docx'] }],
  glossary: [{ name: 'TBX, CSV', extensions: ['tbx', 'csv'] }],
  project: [{ name: 'Nusach', extensions: ['nusach'] }],
  export: [
    {
      name: 'Word, text, XLIFF, TMX, report',
      extensions: ['docx', 'txt', 'xliff', 'xlf', 'tmx', 'html', 'csv'],
    },
  ],
};

export function nativeDialogs(window: () => BrowserWindow | null): NativeDialogs {
  return {
    async open(kind) {
      const options = { properties: ['openFile' as const], filters: filters[kind] };
      const owner = window();
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async save(kind, defaultName) {
      const options = { filters: filters[kind], ...(defaultName ? { defaultPath: defaultName } : {}) };
      const owner = window();
      const result = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}
