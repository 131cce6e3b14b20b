// What the handlers need from their host (Electron or the web host), so one set of handlers serves both.
import type { AppInfo } from '../../shared/contract/app';
import type { AppEvents, EventName } from '../../shared/contract/events';
import type { FileKindFilter } from '../../shared/contract/files';
import type { FileWatcher } from './file-watcher';
import type { PathPolicy } from './path-policy';
import type { RecentFiles } from './recent-files';
import type { SettingsStore } from './settings-store';

export interface NativeDialogs {
  /** Absolute path chosen, or null when cancelled. */
  open(kind: FileKindFilter): Promise<string | null>;
  save(kind: FileKindFilter, defaultName?: string): Promise<string | null>;
}

export type Emit = <N extends EventName>(name: N, payload: AppEvents[N]) => void;

export interface ServiceContext {
  readonly info: AppInfo;
  /** shared/samples: the demo pair. */
  readonly samplesDir: string;
  /** Where settings, recent files and other state live (userData in Electron). */
  readonly stateDir: string;
  readonly paths: PathPolicy;
  readonly settings: SettingsStore;
  readonly recent: RecentFiles;
  /** Files opened or saved through `files.*` are watched for changes by other programs. */
  readonly watcher: FileWatcher;
  /** Absent on the web host: the UI uses its in-app picker instead. */
  readonly dialogs?: NativeDialogs;
  readonly emit: Emit;
  /** Paths the OS asked us to open, not yet taken by the UI (Electron only). */
  readonly openRequests?: string[];
}
