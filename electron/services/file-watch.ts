// Notices when a file changes on disk, however it is changed. fs.watch watches the file's FOLDER:
// another program's atomic save replaces the file (a new inode), and a watch on the file itself would
// go deaf after the first such save. Stat polling backs it up on filesystems where fs.watch reports
// nothing (network drives, some containers). Events are debounced, since one save is several events.
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { diskStamp, sameStamp, type DiskStamp } from './glossary-files';

export class FileWatch {
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private debounce: NodeJS.Timeout | undefined;

  /**
   * @param known the stamp of the version we last read or wrote: polling reports only a different one.
   * @param pollMs stat polling interval; 0 turns polling off.
   */
  constructor(
    private readonly absolute: string,
    private readonly onChange: () => void,
    private readonly known: () => DiskStamp | null,
    pollMs: number,
  ) {
    this.watchFolder();
    if (pollMs > 0) {
      this.timer = setInterval(() => {
        void diskStamp(this.absolute).then((stamp) => {
          if (!sameStamp(stamp, this.known())) this.schedule();
        });
      }, pollMs);
      this.timer.unref();
    }
  }

  /** Starts fs.watch if it is not running (the folder may not have existed before our first write). */
  watchFolder(): void {
    if (this.watcher) return;
    try {
      const name = basename(this.absolute);
      this.watcher = watch(dirname(this.absolute), { persistent: false }, (_event, file) => {
        if (file === null || file === name) this.schedule();
      });
      this.watcher.on('error', () => {
        this.watcher?.close();
        this.watcher = undefined;
      });
    } catch {
      // fs.watch is unavailable here (a missing folder, some network filesystems): polling still notices.
    }
  }

  stop(): void {
    this.watcher?.close();
    clearInterval(this.timer);
    clearTimeout(this.debounce);
  }

  private schedule(): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(this.onChange, 100);
    this.debounce.unref();
  }
}
