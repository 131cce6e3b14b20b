// THE contract: every call between the UI and the Node side, assembled from one file per domain.
// The preload bridge, the IPC handlers, the web host and the renderer's client are all generated
// from this object, so a call exists everywhere or nowhere.
//
// To add a domain (e.g. glossary):
//   1. write shared/contract/glossary.ts exporting `glossaryContract = { 'glossary.load': call<R>()(z.strictObject({...})), ... }`
//      (names are `<domain>.<verb>`; schemas are strict objects so unknown keys are refused);
//   2. import it below and spread it into `contract` (one line each);
//   3. write electron/services/glossary-handlers.ts exporting
//      `glossaryHandlers(ctx: ServiceContext): HandlersOf<typeof glossaryContract>` and spread it in
//      electron/services/handlers.ts. A user-caused failure is `throw new CallFailure(appError(...))`
//      (electron/services/call-failure.ts); dispatch turns it into `{ ok: false, error }`.
import { appContract } from './app';
import { filesContract } from './files';
import { projectContract } from './project';
import { exportContract } from './export';
import { glossaryContract } from './glossary';

export const contract = {
  ...appContract,
  ...filesContract,
  ...projectContract,
  ...exportContract,
  ...glossaryContract,
};

export type Contract = typeof contract;
export type CallName = keyof Contract;
export const callNames = Object.keys(contract) as CallName[];
