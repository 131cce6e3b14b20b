// The main process wired up against a stand-in for Electron (no binary here): what it registers,
// how the window is configured, and how the hardening handlers answer.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { callNames } from '../../shared/contract';

type Handler = (...args: unknown[]) => unknown;
const fake = vi.hoisted(() => {
  const listeners = (): { on: (name: string, fn: Handler) => void; emit: Map<string, Handler[]> } => {
    const emit = new Map<string, Handler[]>();
    return { on: (name, fn) => emit.set(name, [...(emit.get(name) ?? []), fn]), emit };
  };
  return {
    userData: '',
    appEvents: listeners(),
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, Handler>(),
    ipc: new Map<string, Handler>(),
    menus: [] as unknown[],
    windows: [] as {
      options: Record<string, unknown>;
      loaded: string[];
      contents: ReturnType<typeof listeners>;
    }[],
    permissionHandler: null as Handler | null,
    beforeRequest: null as { filter: unknown; fn: Handler } | null,
    headersReceived: null as Handler | null,
    opened: [] as string[],
    listeners,
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: { on: Handler; send: Handler };
    constructor(options: Record<string, unknown>) {
      const contents = fake.listeners();
      const record = { options, loaded: [] as string[], contents };
      fake.windows.push(record);
      this.webContents = { on: contents.on as Handler, send: () => undefined };
      this.loadURL = async (url: string) => void record.loaded.push(url);
    }
    loadURL: (url: string) => Promise<void>;
    once() {}
    on() {}
    maximize() {}
    static getAllWindows = () => fake.windows;
  }
  return {
    app: {
      isPackaged: false,
      getPath: () => fake.userData,
      getAppPath: () => resolve(import.meta.dirname, '..', '..'),
      getVersion: () => '0.1.0',
      getPreferredSystemLanguages: () => ['he-IL'],
      requestSingleInstanceLock: () => true,
      on: (name: string, fn: Handler) => fake.appEvents.on(name, fn),
      whenReady: () => new Promise((r) => setTimeout(r, 10)),
      quit: () => undefined,
      exit: () => undefined,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => fake.schemes.push(...schemes),
      handle: (scheme: string, fn: Handler) => fake.protocolHandlers.set(scheme, fn),
    },
    net: {
      fetch: async () =>
        new Response('<!doctype html><meta name="nusach-style-nonce" content="" />', { status: 200 }),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Handler) => (fake.permissionHandler = fn),
        setPermissionCheckHandler: () => undefined,
        setDevicePermissionHandler: () => undefined,
        webRequest: {
          onBeforeRequest: (filter: unknown, fn: Handler) => (fake.beforeRequest = { filter, fn }),
          onHeadersReceived: (fn: Handler) => (fake.headersReceived = fn),
        },
      },
    },
    shell: { openExternal: async (url: string) => void fake.opened.push(url) },
    ipcMain: { handle: (channel: string, fn: Handler) => fake.ipc.set(channel, fn) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => fake.menus.push(m) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    dialog: {},
    BrowserWindow,
  };
});

beforeAll(async () => {
  fake.userData = await mkdtemp(join(tmpdir(), 'nusach-main-'));
  await import('./main');
  await vi.waitFor(() => expect(fake.windows[0]?.loaded).toEqual(['app://nusach/index.html']));
});
afterAll(async () => {
  await rm(fake.userData, { recursive: true, force: true });
});

describe('main process', () => {
  it('registers app:// as a standard, secure scheme before ready', () => {
    expect(fake.schemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
  });

  it('opens one window with the secure preferences and our preload, on app://nusach', () => {
    expect(fake.windows).toHaveLength(1);
    const prefs = fake.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
  });

  it('answers every contract call over IPC, to our UI only', async () => {
    expect([...fake.ipc.keys()].sort()).toEqual(callNames.map((n) => `nusach:call:${n}`).sort());
    const demo = (await fake.ipc.get('nusach:call:app.demo')?.(
      { senderFrame: { url: 'app://nusach/index.html', parent: null } },
      {},
    )) as { ok: boolean; value: { target: { text: string } } };
    expect(demo.ok).toBe(true);
    expect(demo.value.target.text).toContain('חומס');
    const refused = await fake.ipc.get('nusach:call:app.demo')?.(
      { senderFrame: { url: 'https://x.example/', parent: null } },
      {},
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
  });

  it('labels the menu in the system language on first start (Hebrew here)', () => {
    const menu = fake.menus[0] as { label: string }[];
    expect(menu.map((m) => m.label)).toEqual(['קובץ', 'עריכה', 'תצוגה', 'עזרה']);
  });

  it('denies every permission request and cancels every network request', () => {
    let granted: boolean | undefined;
    fake.permissionHandler?.(null, 'media', (answer: boolean) => (granted = answer));
    expect(granted).toBe(false);
    let cancelled: unknown;
    fake.beforeRequest?.fn({ url: 'https://tracker.example/' }, (answer: unknown) => (cancelled = answer));
    expect(cancelled).toEqual({ cancel: true });
  });

  it('blocks navigation, webviews and new windows in every web contents; only http(s) links leave, to the browser', () => {
    const contents = fake.listeners();
    let openHandler: Handler = () => undefined;
    const webContents = { on: contents.on, setWindowOpenHandler: (fn: Handler) => (openHandler = fn) };
    for (const fn of fake.appEvents.emit.get('web-contents-created') ?? []) fn({}, webContents);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const prevented = vi.fn();
      for (const fn of contents.emit.get(event) ?? [])
        fn({ preventDefault: prevented }, 'https://evil.example/');
      expect(prevented, event).toHaveBeenCalled();
    }
    expect(openHandler({ url: 'https://www.bbc.com/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.opened).toEqual(['https://www.bbc.com/']);
  });

  it('serves app:// with the Content-Security-Policy, and 404 outside the app', async () => {
    const serve = fake.protocolHandlers.get('app') as (r: { url: string }) => Promise<Response>;
    const page = await serve({ url: 'app://nusach/index.html' });
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    // The page's style nonce is in its CSP and in the page, for CodeMirror's <style>.
    const nonce = /'nonce-([^']+)'/.exec(page.headers.get('content-security-policy') ?? '')?.[1];
    expect(nonce).toBeDefined();
    expect(await page.text()).toContain(`content="${nonce}"`);
    expect((await serve({ url: 'app://elsewhere/index.html' })).status).toBe(404);
  });

  it('adds the CSP to any other response the session sees', () => {
    let answer: { responseHeaders: Record<string, string[]> } | undefined;
    fake.headersReceived?.(
      { responseHeaders: { 'Content-Type': ['text/html'] } },
      (a: typeof answer) => (answer = a),
    );
    expect(answer?.responseHeaders['Content-Security-Policy']?.[0]).toContain("default-src 'none'");
    expect(answer?.responseHeaders['Content-Type']).toEqual(['text/html']);
    // A response that already has a policy (the page, with its nonce) keeps it: a second one would
    // also be enforced and block the nonce-carrying styles.
    fake.headersReceived?.(
      { responseHeaders: { 'content-security-policy': ["style-src 'self' 'nonce-abc'"] } },
      (a: typeof answer) => (answer = a),
    );
    expect(answer?.responseHeaders).toEqual({ 'Content-Security-Policy': ["style-src 'self' 'nonce-abc'"] });
  });
});
