import { describe, expect, it } from 'vitest';
import { callNames } from '../../shared/contract';
import type { Bridge } from '../../shared/contract/bridge';
import type { AppEvent } from '../../shared/contract/events';
import { createClient } from './client';
import { ipcTransport } from './ipc-transport';
import type { Transport } from './transport';

function fakeTransport() {
  const calls: [string, unknown][] = [];
  const listeners: ((event: AppEvent) => void)[] = [];
  let created = 0;
  const transport: Transport = {
    async call(name, args) {
      calls.push([name, args]);
      return { ok: true, value: name };
    },
    subscribe(listener) {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
  };
  return { calls, listeners, transport, make: () => (created++, transport), created: () => created };
}

describe('renderer client', () => {
  it('has one method per contract call, each sent under its own name', async () => {
    const fake = fakeTransport();
    const client = createClient(fake.make);
    for (const name of callNames) expect(typeof client[name]).toBe('function');
    expect(await client['files.open']({ path: 'a.txt' })).toEqual({ ok: true, value: 'files.open' });
    expect(fake.calls).toEqual([['files.open', { path: 'a.txt' }]]);
  });

  it('chooses its transport on first use, once', async () => {
    const fake = fakeTransport();
    const client = createClient(fake.make);
    expect(fake.created()).toBe(0);
    await client['app.demo']({});
    await client['app.info']({});
    expect(fake.created()).toBe(1);
  });

  it('delivers only the subscribed event, until unsubscribed', () => {
    const fake = fakeTransport();
    const client = createClient(fake.make);
    const got: unknown[] = [];
    const stop = client.on('menu:language', (payload) => got.push(payload.language));
    fake.listeners.forEach((l) => l({ name: 'menu:next-finding', payload: {} }));
    fake.listeners.forEach((l) => l({ name: 'menu:language', payload: { language: 'he' } }));
    stop();
    fake.listeners.forEach((l) => l({ name: 'menu:language', payload: { language: 'en' } }));
    expect(got).toEqual(['he']);
  });

  it('shares one transport subscription among all handlers and drops it when the last one leaves', () => {
    const fake = fakeTransport();
    const client = createClient(fake.make);
    const stops = [
      client.on('menu:save', () => undefined),
      client.on('menu:open', () => undefined),
      client.on('file-changed', () => undefined),
    ];
    expect(fake.listeners).toHaveLength(1);
    stops.forEach((stop) => stop());
    expect(fake.listeners).toHaveLength(0);
    client.on('menu:save', () => undefined);
    expect(fake.listeners).toHaveLength(1);
  });
});

describe('IPC transport', () => {
  const bridge = (calls: Partial<Bridge['calls']>): Bridge => ({
    calls: calls as Bridge['calls'],
    onEvent: () => () => undefined,
  });

  it('answers unknown-call for a name the bridge does not have, including prototype names', async () => {
    const transport = ipcTransport(bridge({}));
    expect(await transport.call('toString', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-call' },
    });
  });

  it('turns a failing bridge into host-unreachable instead of throwing', async () => {
    const transport = ipcTransport(
      bridge({
        'app.demo': async () => {
          throw new Error('ipc closed');
        },
      }),
    );
    expect(await transport.call('app.demo', {})).toMatchObject({
      ok: false,
      error: { code: 'host-unreachable' },
    });
  });
});
