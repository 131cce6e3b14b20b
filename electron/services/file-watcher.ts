// Notices when a file the app has open is changed or deleted by another program, so the UI can tell
// the user instead of silently overwriting their edits later (issue 7). Polling by stat rather than
// fs.watch: editors and sync tools save by writing a new file and renaming it over the old one, which
// an inode-based watch loses track of; stat sees the new file. Our own writes are recorded first so
// they do not count as outside changes.
import { stat, unwatchFile, watchFile, type Stats } from 'node:fs';
import { promisify } from 'node:util';
import type { Emit } from './context';

export interface FileWatcher {
  /** Starts (or keeps) watching `absolute`; events name it as `shown` (the UI's path). */
  watch(absolute: string, shown: string): Promise<void>;
  /** Runs the app's own write of `absolute`; what it writes is not reported as an outside change. */
  ownWrite<T>(absolute: string, write: () => Promise<T>): Promise<T>;
  close(): void;
}

interface Watched {
  readonly shown: string;
  signature: string;
  writing: number;
}

const statAsync = promisify(stat);
const signatureOf = (s: Pick<Stats, 'mtimeMs' | 'size' | 'ino'>) => `${s.mtimeMs}:${s.size}:${s.ino}`;
const missing = 'missing';

export function createFileWatcher(
  emit: Emit,
  options: { intervalMs?: number; limit?: number } = {},
): FileWatcher {
  const intervalMs = options.intervalMs ?? 2000;
  const limit = options.limit ?? 20;
  const watched = new Map<string, Watched>();
  const current = (absolute: string) => statAsync(absolute).then(signatureOf, () => missing);

  const stop = (absolute: string) => {
    unwatchFile(absolute);
    watched.delete(absolute);
  };

  return {
    async watch(absolute, shown) {
      const signature = await current(absolute);
      const known = watched.get(absolute);
      if (known) {
        known.signature = signature;
        return;
      }
      // The oldest watch goes first: a long session must not poll hundreds of files.
      if (watched.size >= limit) stop(watched.keys().next().value as string);
      const entry: Watched = { shown, signature, writing: 0 };
      watched.set(absolute, entry);
      watchFile(absolute, { interval: intervalMs, persistent: false }, (now) => {
        const next = now.nlink === 0 && now.mtimeMs === 0 ? missing : signatureOf(now);
        if (entry.writing > 0 || next === entry.signature) return;
        entry.signature = next;
        emit('file-changed', { path: entry.shown, exists: next !== missing });
      });
    },
    async ownWrite(absolute, write) {
      const known = watched.get(absolute);
      if (!known) return write();
      known.writing++;
      try {
        return await write();
      } finally {
        known.signature = await current(absolute);
        known.writing--;
      }
    },
    close() {
      [...watched.keys()].forEach(stop);
    },
  };
}
