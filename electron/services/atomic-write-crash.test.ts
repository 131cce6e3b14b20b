// LESSONS.md 5: a save killed at any moment leaves the old file or the new one, never a partial one.
// A child process rewrites one file over and over with writeFileAtomic, alternating two large
// contents; we SIGKILL it at a random moment, 50 times, and read the file after each kill.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Two contents differing everywhere, each big enough that a write takes many syscalls. */
const contents = ['A', 'B'].map((letter) => `${letter.repeat(4 * 1024 * 1024)}\n`);

async function childScript(dir: string): Promise<string> {
  const entry = join(dir, 'writer.ts');
  await writeFile(
    entry,
    [
      `import { writeFileAtomic } from ${JSON.stringify(join(here, 'atomic-write.ts'))};`,
      `const [target, a, b] = process.argv.slice(2);`,
      `const contents = [a.repeat(4 * 1024 * 1024) + '\\n', b.repeat(4 * 1024 * 1024) + '\\n'];`,
      `for (let i = 0; ; i++) { await writeFileAtomic(target, contents[i % 2]); if (i === 0) process.stdout.write('ready\\n'); }`,
    ].join('\n'),
  );
  const out = join(dir, 'writer.mjs');
  // Bundled once so each of the 50 runs starts a plain `node`, not a TypeScript loader.
  buildSync({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  return out;
}

function runAndKill(script: string, target: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, target, 'A', 'B'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.once('exit', () => resolve());
    child.once('error', reject);
  });
}

describe('writeFileAtomic under SIGKILL', () => {
  it('leaves the old or the new content, never a mix, in 50 killed runs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nusach-atomic-'));
    const script = await childScript(dir);
    const target = join(dir, 'project.nusach');
    const seen = new Set<string>();
    for (let run = 0; run < 50; run++) {
      await runAndKill(script, target, Math.floor(Math.random() * 40));
      const text = await readFile(target, 'utf8');
      expect(contents.includes(text), `run ${run}: ${text.length} bytes, neither whole content`).toBe(true);
      seen.add(text[0] as string);
    }
    // Both contents were observed, so the kills did land at different points of the write loop.
    expect(seen.size).toBe(2);
    // Temp files may be left by a kill; they never take the target's name.
    expect((await readdir(dir)).filter((name) => name.startsWith('project.nusach'))).toEqual([
      'project.nusach',
    ]);
  }, 120_000);
});
