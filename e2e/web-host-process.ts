// Starts `electron/web/main.ts` as a user would (`npm run web`, minus the build step) and reads the
// one URL line it prints. Shared by the global setup and by tests that need a host of their own.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface RunningWebHost {
  readonly url: string;
  readonly process: ChildProcess;
}

const root = join(import.meta.dirname, '..');

export function startWebHostProcess(workspace: string, timeoutMs = 30_000): Promise<RunningWebHost> {
  // One process, with tsx as a loader: tsx's own CLI would run the host in a child process of its
  // own, which a SIGKILL of the CLI leaves running (the "host killed mid-session" test needs a real kill).
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'electron', 'web', 'main.ts'), '--workspace', workspace],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`web host printed no URL in ${timeoutMs} ms: ${output}`));
    }, timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve({ url, process: child });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited (${code}): ${output}`));
    });
  });
}
