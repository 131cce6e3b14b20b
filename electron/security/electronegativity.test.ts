// The security gate can fail: Electronegativity, as we run it, reports a window with Node integration
// in a TypeScript file, and the CSP evaluation rejects a weakened policy. The justifications next to
// flagged lines in main/ claim what secureWebPreferences sets; those claims are pinned here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../services/content-security-policy';
import { secureWebPreferences } from '../main/security';
import { installedElectronVersion, scanForElectronRisks, weakCspFindings } from './electronegativity-scan';

const root = resolve(import.meta.dirname, '../..');
const folder = mkdtempSync(join(tmpdir(), 'nusach-eng-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('Electronegativity scan', () => {
  it('flags an insecure window written in TypeScript, and honours eng-disable only on its line', async () => {
    writeFileSync(
      join(folder, 'insecure.ts'),
      [
        "import { BrowserWindow } from 'electron';",
        'const options: { webPreferences: object } = { webPreferences: {} };',
        'export const a = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });',
        'export const b = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK',
      ].join('\n'),
    );
    const result = await scanForElectronRisks(folder, installedElectronVersion(root));
    expect(result.unreadable).toEqual([]);
    const onLine = (line: number) =>
      result.issues.filter((issue) => issue.line === line).map((issue) => issue.id);
    expect(onLine(3)).toEqual(
      expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']),
    );
    expect(onLine(4)).not.toContain('CONTEXT_ISOLATION_JS_CHECK');
    expect(onLine(4)).toContain('SANDBOX_JS_CHECK');
  }, 60_000);
});

describe('CSP evaluation', () => {
  it('accepts our policy', () => expect(weakCspFindings(contentSecurityPolicy)).toEqual([]));
  it.each([
    ["script-src 'self' 'unsafe-inline'"],
    ["script-src 'self' 'unsafe-eval'"],
    ['script-src *'],
    ["script-src 'self' data:"],
  ])('rejects %s', (policy) => expect(weakCspFindings(policy)).not.toEqual([]));
});

describe('what the eng-disable justifications in main/ rely on', () => {
  const prefs = secureWebPreferences('/preload.cjs');
  it('context isolation, sandbox, no middle-click windows', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });
});
