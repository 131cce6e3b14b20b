// The web host end to end over real HTTP: token, headers, schema rejection, confinement, limits.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from './host';

const projectRoot = resolve(import.meta.dirname, '..', '..');
let host: WebHost;
let base: string;
let temp: string;

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'nusach-web-test-'));
  const dist = join(temp, 'dist');
  await mkdir(dist);
  await writeFile(
    join(dist, 'index.html'),
    '<!doctype html><meta name="nusach-style-nonce" content="" /><title>Nusach</title>',
  );
  await writeFile(join(temp, 'secret.txt'), 'outside the workspace');
  host = await startWebHost({ projectRoot, workspace: join(temp, 'workspace'), port: 0, distDir: dist });
  await symlink(join(temp, 'secret.txt'), join(host.workspace, 'link-out.txt'));
  base = new URL(host.url).origin;
});

afterAll(async () => {
  await host.close();
  await rm(temp, { recursive: true, force: true });
});

const auth = () => ({ 'X-Nusach-Token': host.token });

async function callApi(name: string, body: unknown, headers: Record<string, string> = auth()) {
  const response = await fetch(`${base}/api/call/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

describe('web host access', () => {
  it('prints a loopback URL carrying the token and listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/);
  });

  it.each([
    ['no token', `/`],
    ['a wrong token', `/?token=wrong-token`],
    ['a token one character short', 'SHORT'],
  ])('answers 401 to a page request with %s', async (_label, path) => {
    const url = path === 'SHORT' ? `${base}/?token=${host.token.slice(0, -1)}` : `${base}${path}`;
    const response = await fetch(url);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('gives every page response its own style nonce, in the CSP and in the page', async () => {
    const nonces = [];
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${base}/`, { headers: auth() });
      const policy = response.headers.get('content-security-policy') ?? '';
      const inPolicy = /style-src 'self' 'nonce-([A-Za-z0-9+/=]{24})'/.exec(policy)?.[1];
      const inPage = /name="nusach-style-nonce" content="([^"]*)"/.exec(await response.text())?.[1];
      expect(inPolicy).toBeDefined();
      expect(inPage).toBe(inPolicy);
      expect(policy).not.toContain('unsafe-inline');
      nonces.push(inPolicy);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('answers 401 to a call without the token', async () => {
    expect(await callApi('app.demo', {}, {})).toEqual({
      status: 401,
      body: { ok: false, error: { code: 'unauthorized', messageKey: 'errors:unauthorized' } },
    });
    expect((await callApi('app.demo', {}, { Authorization: 'Bearer nope' })).status).toBe(401);
  });

  it('serves the page with the token, with CSP and the other security headers, and sets an HttpOnly cookie', async () => {
    const response = await fetch(host.url);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const again = await fetch(`${base}/`, { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(again.status).toBe(200);
  });

  it('refuses a Host header that is not loopback (DNS rebinding)', async () => {
    const status = await new Promise<number>((done, failed) => {
      const port = Number(new URL(base).port);
      request({ host: '127.0.0.1', port, path: '/', headers: { host: 'evil.example', ...auth() } }, (r) => {
        r.resume();
        done(r.statusCode ?? 0);
      })
        .on('error', failed)
        .end();
    });
    expect(status).toBe(421);
  });

  it('does not serve files outside dist/', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json']) {
      expect((await fetch(`${base}${path}`, { headers: auth() })).status).toBe(404);
    }
  });
});

describe('web host calls', () => {
  it('answers app.demo with the aligned pair', async () => {
    const { status, body } = await callApi('app.demo', {});
    expect(status).toBe(200);
    expect(body.ok).toBe(true);
    expect(body.value.source.text).toContain('Homs');
    expect(body.value.target.text).toContain('חומס');
    expect(body.value.target.language).toBe('he');
  });

  it.each([
    ['an unknown key', 'app.demo', { extra: true }],
    ['a wrong type', 'app.settings.set', { uiLanguage: 'fr' }],
    ['a missing argument', 'files.open', {}],
    ['an array', 'files.open', [1, 2]],
  ])('rejects a call with %s by schema, with a typed error', async (_label, name, args) => {
    const { status, body } = await callApi(name, args);
    expect(status).toBe(200);
    expect(body).toEqual({ ok: false, error: { code: 'bad-request', messageKey: 'errors:bad-request' } });
  });

  it('rejects a body that is not JSON with a typed error', async () => {
    const { status, body } = await callApi('app.demo', '{not json');
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad-request');
  });

  it('rejects an unknown call', async () => {
    expect((await callApi('process.exit', {})).body.error.code).toBe('unknown-call');
  });

  it('refuses a body over the size limit with 413, before reading it', async () => {
    const port = Number(new URL(base).port);
    const status = await new Promise<number>((done, failed) => {
      const upload = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/call/files.save',
          headers: { ...auth(), 'content-type': 'application/json', 'content-length': 60 * 1024 * 1024 },
        },
        (response) => {
          response.resume();
          done(response.statusCode ?? 0);
          upload.destroy();
        },
      );
      upload.on('error', failed);
      upload.write('{"path": "a.txt", "text": "');
    });
    expect(status).toBe(413);
  });

  it('refuses a cross-origin call', async () => {
    const { status } = await fetch(`${base}/api/call/app.demo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example', ...auth() },
      body: '{}',
    }).then(async (r) => ({ status: r.status }));
    expect(status).toBe(403);
  });
});

describe('web host events', () => {
  it('streams Node → UI events to the page as Server-Sent Events', async () => {
    const response = await fetch(`${base}/api/events`, { headers: auth() });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await callApi('app.settings.set', { uiLanguage: 'he' });
    let text = '';
    while (!text.includes('settings-changed')) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    const line = text.split('\n').find((l) => l.startsWith('data: ')) ?? '';
    expect(JSON.parse(line.slice('data: '.length))).toEqual({
      name: 'settings-changed',
      payload: { uiLanguage: 'he' },
    });
  });
});

describe('web host workspace confinement', () => {
  it('lists the workspace, with the demo files offered and its own state folder hidden', async () => {
    const { body } = await callApi('files.list', {});
    const names = body.value.entries.map((e: { name: string }) => e.name);
    expect(names).toContain('article.he.txt');
    expect(names).not.toContain('.nusach');
    expect(names).not.toContain('link-out.txt');
  });

  it('opens and saves a file inside the workspace', async () => {
    expect((await callApi('files.save', { path: 'notes/../mine.txt', text: 'שלום\n' })).body).toEqual({
      ok: true,
      value: { path: 'mine.txt', bytes: 9 },
    });
    const opened = await callApi('files.open', { path: 'mine.txt' });
    expect(opened.body.value).toMatchObject({ path: 'mine.txt', text: 'שלום\n', kind: 'text' });
  });

  it.each([
    ['a parent-directory escape', 'files.open', { path: '../secret.txt' }],
    ['a deep escape', 'files.open', { path: 'a/../../../../../../etc/passwd' }],
    ['an absolute path', 'files.open', { path: '/etc/passwd' }],
    ['a Windows absolute path', 'files.open', { path: 'C:\\Windows\\win.ini' }],
    ['a symlink leading outside', 'files.open', { path: 'link-out.txt' }],
    ['a save outside', 'files.save', { path: '../evil.txt', text: 'x' }],
    ['a save through a symlink', 'files.save', { path: 'link-out.txt', text: 'x' }],
    ['a listing of the parent', 'files.list', { path: '..' }],
    ['a NUL byte', 'files.open', { path: 'article.he.txt\u0000.png' }],
  ])('refuses %s', async (_label, name, args) => {
    const { body } = await callApi(name, args);
    expect(body).toMatchObject({ ok: false, error: { code: 'path-outside-workspace' } });
  });
});
