// electron-builder.yml cannot be exercised here (no Electron download), so it is validated with
// electron-builder's own schema check and its security-relevant settings are pinned.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
};
const root = join(import.meta.dirname, '..');
const load = async () =>
  yaml.load(await readFile(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const logger = { isEnabled: false, add: () => undefined };

describe('electron-builder.yml', () => {
  it("passes electron-builder's configuration schema, which refuses unknown keys", async () => {
    const config = await load();
    await expect(validateConfiguration(config, logger)).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, notAnOption: 1 }, logger)).rejects.toThrow(
      /unknown property/,
    );
  });

  it('builds AppImage and deb, NSIS and dmg, with icons, for org.nusach.app', async () => {
    const config = await load();
    expect(config).toMatchObject({
      appId: 'org.nusach.app',
      productName: 'Nusach',
      linux: { target: ['AppImage', 'deb'] },
      win: { target: ['nsis'] },
      mac: { target: ['dmg'] },
    });
  });

  it('associates .nusach project files', async () => {
    expect((await load()).fileAssociations).toEqual([expect.objectContaining({ ext: 'nusach' })]);
  });

  it('sets the fuses an attacker could otherwise use', async () => {
    expect((await load()).electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });
});
