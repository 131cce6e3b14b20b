import { describe, expect, it } from 'vitest';
import type { Client } from '../api/client';
import type { GlossaryState } from '../../shared/contract/glossary';
import type { GlossaryEntry } from '../../shared/glossary/model';
import { GlossaryClient } from './glossary-client';

const homs: GlossaryEntry = {
  id: 'homs',
  kind: 'place',
  source: ['Homs'],
  terms: [{ text: 'חומס', status: 'preferred' }],
};
const state = (revision: number, ...entries: GlossaryEntry[]): GlossaryState => ({
  revision,
  sources: [
    {
      id: 'personal',
      name: 'personal',
      path: null,
      glossary: { entries },
      dirty: false,
      conflicts: [],
      problems: [],
    },
    {
      id: 'shared.tbx',
      name: 'shared.tbx',
      path: 'shared.tbx',
      glossary: { entries: [{ ...homs, note: 'shared' }] },
      dirty: false,
      conflicts: [],
      problems: [],
    },
  ],
});

/** A client whose calls answer what the test queues, in order. */
function fakeApi(answers: Record<string, unknown[]>): Client {
  const call = (name: string) => async () =>
    answers[name]?.shift() ?? { ok: false, error: { code: 'x', messageKey: 'errors:x' } };
  return new Proxy({} as Client, {
    get: (_target, name: string) => (name === 'on' ? () => () => undefined : call(name)),
  });
}

describe('GlossaryClient', () => {
  it('combines the glossaries (personal wins on the same id) and ignores an answer older than what it shows', async () => {
    const api = fakeApi({
      'glossary.list': [
        { ok: true, value: state(2, homs) },
        { ok: true, value: state(1) },
      ],
    });
    const client = new GlossaryClient(api);
    await client.refresh();
    expect(client.getSnapshot().combined.entries).toEqual([homs]);
    await client.refresh();
    expect(client.getSnapshot().state?.revision).toBe(2);
  });

  it('keeps an error as a value for the view, and shows an opened file', async () => {
    const api = fakeApi({
      'glossary.upsert': [{ ok: false, error: { code: 'disk-full', messageKey: 'errors:disk-full' } }],
      'glossary.open': [
        {
          ok: true,
          value: {
            state: state(3),
            report: { format: 'tbx', added: 1, unchanged: 0, conflicts: 0, skipped: 0, problems: [] },
          },
        },
      ],
    });
    const client = new GlossaryClient(api);
    expect(await client.upsert('personal', homs)).toBe(false);
    expect(client.getSnapshot().error?.messageKey).toBe('errors:disk-full');
    expect(await client.open('shared.tbx')).toBe(true);
    expect(client.getSnapshot()).toMatchObject({ selected: 'shared.tbx', error: null, report: { added: 1 } });
  });
});
