import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { call } from '../../shared/contract/define';
import { fail } from './call-failure';
import { createDispatch } from './dispatch';

const contract = {
  'demo.echo': call<string>()(z.strictObject({ text: z.string().max(5) })),
  'demo.refuse': call<string>()(z.strictObject({})),
  'demo.crash': call<string>()(z.strictObject({})),
};
const logged: unknown[] = [];
const dispatch = createDispatch(
  contract,
  {
    'demo.echo': async ({ text }) => text.toUpperCase(),
    'demo.refuse': async () => fail('file-not-found', { file: 'a.txt' }),
    'demo.crash': async () => {
      throw new Error('boom');
    },
  },
  (_message, error) => logged.push(error),
);

describe('dispatch', () => {
  it('runs the handler with validated arguments', async () => {
    expect(await dispatch('demo.echo', { text: 'abc' })).toEqual({ ok: true, value: 'ABC' });
  });

  it.each([
    ['a wrong type', { text: 42 }],
    ['a missing argument', {}],
    ['an unknown key', { text: 'a', extra: 1 }],
    ['a value over the schema limit', { text: 'abcdef' }],
    ['no object at all', 'text'],
    ['null', null],
  ])('answers bad-request for %s', async (_label, args) => {
    expect(await dispatch('demo.echo', args)).toEqual({
      ok: false,
      error: { code: 'bad-request', messageKey: 'errors:bad-request' },
    });
  });

  it.each(['nope', '__proto__', 'toString', 'constructor'])('answers unknown-call for %s', async (name) => {
    expect(await dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
  });

  it('turns a user-caused failure into its error value', async () => {
    expect(await dispatch('demo.refuse', {})).toEqual({
      ok: false,
      error: { code: 'file-not-found', messageKey: 'errors:file-not-found', params: { file: 'a.txt' } },
    });
  });

  it('turns an unexpected exception into internal-error and logs it', async () => {
    expect(await dispatch('demo.crash', {})).toMatchObject({ ok: false, error: { code: 'internal-error' } });
    expect(logged).toHaveLength(1);
  });
});
