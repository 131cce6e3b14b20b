import { describe, expect, it } from 'vitest';
import { appEntryUrl, isAppUrl, isSafeExternalUrl, isTrustedSender, secureWebPreferences } from './security';

describe('secure web preferences', () => {
  const prefs = secureWebPreferences('/app/preload.cjs');
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
  ] as const)('%s is %s', (key, value) => {
    expect(prefs[key]).toBe(value);
  });
  it('loads our preload', () => expect(prefs.preload).toBe('/app/preload.cjs'));
});

describe('IPC sender check', () => {
  it.each([
    ['our UI, top frame', { url: appEntryUrl, parent: null }, true],
    ['our UI, another page of it', { url: 'app://nusach/other.html', parent: null }, true],
    ['an iframe inside our UI', { url: appEntryUrl, parent: {} }, false],
    ['a remote page', { url: 'https://evil.example/', parent: null }, false],
    ['a local file', { url: 'file:///etc/passwd', parent: null }, false],
    ['another app:// host', { url: 'app://evil/index.html', parent: null }, false],
    ['a look-alike host', { url: 'app://nusach.evil/index.html', parent: null }, false],
    ['a blank page', { url: 'about:blank', parent: null }, false],
    ['a destroyed frame', null, false],
  ])('%s → %s', (_label, frame, trusted) => {
    expect(isTrustedSender(frame)).toBe(trusted);
  });
});

describe('external links', () => {
  it.each([
    ['https://www.bbc.com/news', true],
    ['http://example.org', true],
    ['file:///etc/passwd', false],
    ['smb://server/share', false],
    ['javascript:alert(1)', false],
    ['ms-msdt:/id', false],
    ['not a url', false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe);
  });

  it('recognises only app://nusach as the app', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl('app://nusach/assets/index.js')).toBe(true);
  });
});
