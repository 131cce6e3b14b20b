// Calls about files: open (plain text or DOCX, decoded), save, recent files, and the dialogs.
// A path is opaque to the UI: absolute in Electron (chosen in a native dialog), relative to the
// workspace folder on the web host (chosen in the in-app picker through `files.list`).
import { z } from 'zod';
import { call } from './define';
import type { TextEncodingName } from '../formats/text-decoding';

/** Paths are bounded so a hostile caller cannot make the Node side work on megabytes of path. */
export const pathSchema = z.string().min(1).max(4096);

export type OpenedFileKind = 'text' | 'docx';

export interface OpenedFile {
  readonly path: string;
  readonly name: string;
  readonly kind: OpenedFileKind;
  readonly text: string;
  /** How the bytes were decoded; DOCX text is always UTF-8 XML inside the package. */
  readonly encoding: TextEncodingName;
}

export interface SavedFile {
  readonly path: string;
  readonly bytes: number;
}

export interface RecentFile {
  readonly path: string;
  readonly name: string;
  /** ISO 8601 time it was last opened or saved. */
  readonly usedAt: string;
}

export interface DirectoryEntry {
  readonly name: string;
  /** Workspace-relative path, usable as `files.open`'s or `files.list`'s `path`. */
  readonly path: string;
  readonly kind: 'file' | 'directory';
  readonly size: number;
}

export interface DirectoryListing {
  /** Workspace-relative ('' is the workspace itself). */
  readonly path: string;
  /** The parent's path, absent at the workspace root. */
  readonly parent?: string;
  readonly entries: readonly DirectoryEntry[];
}

/** Which files a dialog offers: plain text/DOCX documents, glossaries, Nusach projects or exports. */
export const fileKindSchema = z.enum(['document', 'glossary', 'project', 'export']);
export type FileKindFilter = z.infer<typeof fileKindSchema>;

export const filesContract = {
  'files.open': call<OpenedFile>()(z.strictObject({ path: pathSchema })),
  /** Writes UTF-8 text atomically (temp file, fsync, rename). 64 MiB bounds one call. */
  'files.save': call<SavedFile>()(
    z.strictObject({ path: pathSchema, text: z.string().max(64 * 1024 * 1024) }),
  ),
  'files.recent': call<readonly RecentFile[]>()(z.strictObject({})),
  /** Web host only: a directory inside the workspace; `path` omitted or '' means the workspace root. */
  'files.list': call<DirectoryListing>()(z.strictObject({ path: z.string().max(4096).optional() })),
  /** Electron only: the native open dialog; `path` null when the user cancels. */
  'files.showOpenDialog': call<{ readonly path: string | null }>()(z.strictObject({ kind: fileKindSchema })),
  /** Electron only: the native save dialog. */
  'files.showSaveDialog': call<{ readonly path: string | null }>()(
    z.strictObject({ kind: fileKindSchema, defaultName: z.string().max(255).optional() }),
  ),
};
