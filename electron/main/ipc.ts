// One IPC channel per contract call, each answering through the shared dispatch (schema validation,
// typed errors). Messages from anything but our own UI's top frame are refused (checklist 17).
import { ipcMain } from 'electron';
import { callChannel } from '../../shared/contract/bridge';
import { callNames } from '../../shared/contract';
import { appError } from '../services/call-failure';
import type { Dispatch } from '../services/dispatch';
import { isTrustedSender } from './security';

export function registerIpc(dispatch: Dispatch): void {
  for (const name of callNames) {
    ipcMain.handle(callChannel(name), (event, args: unknown) => {
      if (!isTrustedSender(event.senderFrame)) return { ok: false, error: appError('untrusted-sender') };
      return dispatch(name, args);
    });
  }
}
