// A small JSON file validated by a schema: a missing, unreadable or invalid file reads as the
// defaults (a corrupt settings file must never stop the app from starting); writes are atomic.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

export interface JsonFile<T> {
  read(): Promise<T>;
  write(value: T): Promise<void>;
}

export function jsonFile<S extends z.ZodType>(
  path: string,
  schema: S,
  defaults: z.output<S>,
): JsonFile<z.output<S>> {
  return {
    async read() {
      try {
        const parsed = schema.safeParse(JSON.parse(await readFile(path, 'utf8')));
        return parsed.success ? parsed.data : defaults;
      } catch {
        return defaults;
      }
    },
    async write(value) {
      await mkdir(dirname(path), { recursive: true });
      await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
    },
  };
}
