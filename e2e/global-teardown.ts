// Stops the web host the global setup started and removes its workspace.
import { rm } from 'node:fs/promises';

export default async function globalTeardown(): Promise<void> {
  const pid = Number(process.env.NUSACH_WEB_PID);
  if (pid) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  if (process.env.NUSACH_WORKSPACE) await rm(process.env.NUSACH_WORKSPACE, { recursive: true, force: true });
}
