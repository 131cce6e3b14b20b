// One `page` for every spec, whichever project runs it: a Chromium tab on the web host (`web`), or the
// first window of the real Electron app (`electron`), which is skipped where no binary is installed.
import { _electron as electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { join } from 'node:path';
import { electronBinary, noElectronReason } from './electron-binary';

const root = join(import.meta.dirname, '..');

export const test = base.extend<{ electronApp: ElectronApplication | null }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  electronApp: async ({}, use, testInfo) => {
    if (testInfo.project.name !== 'electron') return use(null);
    const executablePath = electronBinary();
    if (executablePath === null) {
      testInfo.skip(true, noElectronReason);
      return;
    }
    const app = await electron.launch({ executablePath, args: [root], cwd: root });
    await use(app);
    await app.close();
  },
  page: async ({ page, electronApp }, use) => {
    if (electronApp) {
      const window: Page = await electronApp.firstWindow();
      await use(window);
      return;
    }
    const url = process.env.NUSACH_URL;
    if (!url) throw new Error('NUSACH_URL is not set: the global setup did not start the web host');
    await page.goto(url);
    await use(page);
  },
});

export { expect } from '@playwright/test';

/** The web host's URL with its token (web project only). */
export function webHostUrl(): string {
  const url = process.env.NUSACH_URL;
  if (!url) throw new Error('NUSACH_URL is not set');
  return url;
}
