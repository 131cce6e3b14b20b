// Every contract call gets a channel, and a message from anything but our UI's top frame is refused
// before the handler runs.
import { describe, expect, it, vi } from 'vitest';
import { callNames } from '../../shared/contract';

const handlers = new Map<string, (event: unknown, args: unknown) => unknown>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, args: unknown) => unknown) =>
      handlers.set(channel, handler),
  },
}));

const { registerIpc } = await import('./ipc');
const dispatched: unknown[] = [];
registerIpc(async (name, args) => {
  dispatched.push([name, args]);
  return { ok: true, value: null };
});

describe('IPC registration', () => {
  it('registers one channel per contract call', () => {
    expect([...handlers.keys()].sort()).toEqual(callNames.map((n) => `nusach:call:${n}`).sort());
  });

  it('dispatches a call from our UI', async () => {
    const handler = handlers.get('nusach:call:app.demo');
    await handler?.({ senderFrame: { url: 'app://nusach/index.html', parent: null } }, {});
    expect(dispatched).toEqual([['app.demo', {}]]);
  });

  it.each([
    ['a remote page', { url: 'https://evil.example/', parent: null }],
    ['an iframe', { url: 'app://nusach/index.html', parent: {} }],
    ['a destroyed frame', null],
  ])('refuses a call from %s without running it', async (_label, senderFrame) => {
    const before = dispatched.length;
    const answer = await handlers.get('nusach:call:files.open')?.({ senderFrame }, { path: '/etc/passwd' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(dispatched).toHaveLength(before);
  });
});
