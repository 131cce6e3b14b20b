// Which files the UI may name. The renderer is treated as untrusted (it shows hostile documents), so
// every path it sends is resolved here before any file is touched.
import type { DirectoryListing } from '../../shared/contract/files';

export interface PathPolicy {
  /** The absolute path the UI's `path` stands for; fails with a CallFailure when it is not allowed. */
  resolve(path: string, access: 'read' | 'write'): Promise<string>;
  /** The path to give back to the UI for an absolute path this policy resolved. */
  display(absolute: string): string;
  /** The in-app file picker's listing; only a workspace has one. */
  list(path: string): Promise<DirectoryListing>;
  /** Records that the user chose this path (in a native dialog), so later calls may use it. */
  grant(absolute: string): void;
}
