import { describe, expect, it } from 'vitest';
import { CallFailure } from './call-failure';
import { grantedPathsPolicy } from './granted-paths';

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'allowed',
    (error: unknown) => (error instanceof CallFailure ? error.error.code : String(error)),
  );

describe('Electron path policy', () => {
  it('allows only paths the user chose or opened before', async () => {
    const policy = grantedPathsPolicy(['/home/u/recent.txt']);
    expect(await code(policy.resolve('/home/u/recent.txt', 'read'))).toBe('allowed');
    expect(await code(policy.resolve('/home/u/.ssh/id_rsa', 'read'))).toBe('path-not-granted');
    policy.grant('/home/u/chosen.docx');
    expect(await policy.resolve('/home/u/chosen.docx', 'write')).toBe('/home/u/chosen.docx');
  });

  it('normalises before comparing, so dot segments cannot sneak past', async () => {
    const policy = grantedPathsPolicy(['/home/u/a.txt']);
    expect(await code(policy.resolve('/home/u/x/../a.txt', 'read'))).toBe('allowed');
    expect(await code(policy.resolve('/home/u/a.txt/../../u/.bashrc', 'read'))).toBe('path-not-granted');
  });

  it('refuses relative paths, NUL bytes and the picker listing', async () => {
    const policy = grantedPathsPolicy(['/home/u/a.txt']);
    expect(await code(policy.resolve('a.txt', 'read'))).toBe('path-not-granted');
    expect(await code(policy.resolve('/home/u/a.txt\u0000', 'read'))).toBe('path-not-granted');
    expect(await code(policy.list(''))).toBe('picker-unavailable');
  });
});
