import { describe, expect, it } from 'vitest';
import { parseWebArgs } from './args';

describe('npm run web arguments', () => {
  it.each([
    [[], { ok: true, args: { port: 0 } }],
    [['--port', '8080'], { ok: true, args: { port: 8080 } }],
    [['--workspace', '/tmp/w', '--port', '0'], { ok: true, args: { port: 0, workspace: '/tmp/w' } }],
    [['--port'], { ok: false, message: '--port needs a value' }],
    [['--port', '70000'], { ok: false, message: 'bad port: 70000' }],
    [['--port', 'x'], { ok: false, message: 'bad port: x' }],
    [['--workspace', '--port'], { ok: false, message: '--workspace needs a value' }],
    [['--host', '0.0.0.0'], { ok: false, message: 'unknown argument: --host' }],
  ])('%j', (argv, expected) => {
    expect(parseWebArgs(argv)).toEqual(expected);
  });
});
