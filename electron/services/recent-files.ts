// The files the user opened or saved most recently, newest first, at most `limit`, one entry per path.
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../shared/contract/files';
import { jsonFile } from './json-file';

const recentSchema = z.array(z.object({ path: z.string(), name: z.string(), usedAt: z.string() }));

export interface RecentFiles {
  list(): Promise<readonly RecentFile[]>;
  add(path: string, now?: Date): Promise<readonly RecentFile[]>;
}

export function createRecentFiles(stateDir: string, limit = 10): RecentFiles {
  const file = jsonFile(join(stateDir, 'recent-files.json'), recentSchema, []);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    list: () => file.read(),
    add(path, now = new Date()) {
      const next = queue.then(async () => {
        const entry = { path, name: basename(path), usedAt: now.toISOString() };
        const list = [entry, ...(await file.read()).filter((f) => f.path !== path)].slice(0, limit);
        await file.write(list);
        return list;
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
