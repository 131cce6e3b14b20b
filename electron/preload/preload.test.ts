// The bridge exposes exactly the contract's calls, each on its own channel, and nothing else.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { callNames } from '../../shared/contract';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (channel: string, args: unknown) => ({ ok: true, value: { channel, args } }));
const listeners = new Map<string, (...args: unknown[]) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

beforeAll(async () => {
  await import('./preload');
});

describe('preload bridge', () => {
  it('exposes only `nusach`, with exactly the contract calls and an event subscription', () => {
    expect(Object.keys(exposed)).toEqual(['nusach']);
    const bridge = exposed.nusach as { calls: Record<string, unknown>; onEvent: unknown };
    expect(Object.keys(bridge).sort()).toEqual(['calls', 'onEvent']);
    expect(Object.keys(bridge.calls).sort()).toEqual([...callNames].sort());
  });

  it('sends each call on its own channel', async () => {
    const bridge = exposed.nusach as { calls: Record<string, (args: unknown) => Promise<unknown>> };
    await bridge.calls['files.open']?.({ path: '/a.txt' });
    expect(invoke).toHaveBeenLastCalledWith('nusach:call:files.open', { path: '/a.txt' });
  });

  it('delivers events without exposing the IPC event object, and unsubscribes', () => {
    const bridge = exposed.nusach as { onEvent: (l: (e: unknown) => void) => () => void };
    const received: unknown[] = [];
    const stop = bridge.onEvent((event) => received.push(event));
    listeners.get('nusach:event')?.({ sender: 'ipc internals' }, { name: 'menu:next-finding', payload: {} });
    expect(received).toEqual([{ name: 'menu:next-finding', payload: {} }]);
    stop();
    expect(listeners.has('nusach:event')).toBe(false);
  });
});
