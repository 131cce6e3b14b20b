// The user's settings (UI language), kept in the app's state folder (Electron's userData; the web
// host's state folder). Changes are serialised so two quick `set`s cannot interleave their writes.
import { join } from 'node:path';
import { z } from 'zod';
import { uiLanguageSchema, type Settings } from '../../shared/contract/app';
import { jsonFile } from './json-file';

const settingsSchema = z.object({ uiLanguage: uiLanguageSchema });

export interface SettingsStore {
  get(): Promise<Settings>;
  set(change: Partial<Settings>): Promise<Settings>;
}

export function createSettingsStore(stateDir: string, defaults: Settings): SettingsStore {
  const file = jsonFile(join(stateDir, 'settings.json'), settingsSchema, defaults);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    get: () => file.read(),
    set(change) {
      const next = queue.then(async () => {
        const settings = { ...(await file.read()), ...definedOnly(change) };
        await file.write(settings);
        return settings;
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
