// Electron's confinement: the renderer may name only files the user chose in a native dialog, opened
// from the command line or the OS (file association), or opened before (recent files). A compromised
// renderer therefore cannot read ~/.ssh by sending a path.
import { isAbsolute, resolve } from 'node:path';
import { fail } from './call-failure';
import type { PathPolicy } from './path-policy';

export function grantedPathsPolicy(initial: Iterable<string> = []): PathPolicy {
  const granted = new Set<string>([...initial].map((p) => resolve(p)));
  return {
    async resolve(path) {
      if (path.includes('\0') || !isAbsolute(path)) fail('path-not-granted');
      const full = resolve(path);
      if (!granted.has(full)) fail('path-not-granted');
      return full;
    },
    display: (absolute) => absolute,
    grant(absolute) {
      granted.add(resolve(absolute));
    },
    async list() {
      return fail('picker-unavailable');
    },
  };
}
