// All handlers, one spread per domain, mirroring shared/contract/index.ts (see the comment there for
// how to add a domain). The type makes a missing or misspelt handler a compile error.
import type { HandlersOf } from '../../shared/contract/define';
import type { Contract } from '../../shared/contract';
import { appHandlers } from './app-handlers';
import type { ServiceContext } from './context';
import { filesHandlers } from './files-handlers';
import { projectHandlers } from './project-handlers';
import { exportHandlers } from './export-handlers';
import { glossaryHandlers } from './glossary-handlers';

export function createHandlers(ctx: ServiceContext): HandlersOf<Contract> {
  return {
    ...appHandlers(ctx),
    ...filesHandlers(ctx),
    ...projectHandlers(ctx),
    ...exportHandlers(ctx),
    ...glossaryHandlers(ctx),
  };
}
