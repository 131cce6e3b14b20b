// E2E tests: the same specs against the web host in Debian's Chromium (`web`) and against the real
// Electron app where an Electron binary exists (`electron`; skipped with a reason where it does not).
// The web host is started once by e2e/global-setup.ts on a free port with a temporary workspace.
// Never `playwright install`: the browser is the system's /usr/bin/chromium.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  globalSetup: './e2e/global-setup.ts',
  globalTeardown: './e2e/global-teardown.ts',
  fullyParallel: false,
  // Two cores shared with other work: one worker keeps timings honest.
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'web' },
    {
      name: 'electron',
      // The web host's HTTP surface (token, headers) has no Electron counterpart to test.
      testIgnore: ['**/web-host-*.spec.ts'],
    },
  ],
});
