import { describe, expect, it } from 'vitest';
import type { CallResult } from '../../shared/contract/define';
import { latestProject, openRequestsFrom } from './open-requests';

describe('project files asked for by the OS', () => {
  it.each<[string[], string | null, string]>([
    [['/news/a.nusach'], '/news/a.nusach', 'one project file'],
    [['/news/a.nusach', 'C:\\news\\b.NUSACH'], 'C:\\news\\b.NUSACH', 'the last of several, any case'],
    [
      ['/news/article.txt', '/news/a.nusach', '/news/b.docx'],
      '/news/a.nusach',
      'other files are not projects',
    ],
    [['/news/article.txt'], null, 'nothing to open'],
    [[], null, 'an empty queue'],
  ])('%j → %s (%s)', (paths, expected) => {
    expect(latestProject(paths)).toBe(expected);
  });
});

/** The Node side's queue and its `open-requested` event, as the contract describes them. */
function fakeHost(initial: string[]) {
  const queue = [...initial];
  let announce = () => {};
  const api = {
    'app.openRequests': async (): Promise<CallResult<readonly string[]>> => ({
      ok: true,
      value: queue.splice(0),
    }),
    on: ((_name: string, handler: () => void) => {
      announce = handler;
      return () => {};
    }) as never,
  };
  return { api, request: (path: string) => (queue.push(path), announce()) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('open requests reach the project opener', () => {
  it('delivers a file queued at launch, even though the opener subscribes later', async () => {
    const host = fakeHost(['/news/launch.nusach']);
    const requests = openRequestsFrom(host.api);
    const opened: string[] = [];
    requests.subscribe((p) => opened.push(p));
    await settle();
    expect(opened).toEqual(['/news/launch.nusach']);
  });

  it('keeps a request that arrives while nobody listens, and delivers it once', async () => {
    const host = fakeHost([]);
    const requests = openRequestsFrom(host.api);
    const stop = requests.subscribe(() => {});
    await settle();
    stop();
    host.request('/news/second-launch.nusach');
    await settle();
    const opened: string[] = [];
    requests.subscribe((p) => opened.push(p));
    await settle();
    requests.subscribe(() => opened.push('again'));
    await settle();
    expect(opened).toEqual(['/news/second-launch.nusach']);
  });

  it('opens each file the OS announces later, and ignores files that are not projects', async () => {
    const host = fakeHost([]);
    const opened: string[] = [];
    openRequestsFrom(host.api).subscribe((p) => opened.push(p));
    await settle();
    host.request('/news/notes.txt');
    host.request('/news/a.nusach');
    await settle();
    host.request('/news/a.nusach');
    await settle();
    expect(opened).toEqual(['/news/a.nusach', '/news/a.nusach']);
  });
});
