// Sends web-host calls off the UI thread: serialising a whole project and handing it to the network
// stack takes tens of milliseconds on a 2,000-paragraph document (see http-transport.ts).
import type { CallResult } from '../../shared/contract/define';
import { postCall } from './http-call';

export interface WorkerCall {
  readonly id: number;
  readonly url: string;
  readonly args: unknown;
}

export interface WorkerAnswer {
  readonly id: number;
  readonly result: CallResult<unknown>;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerCall>) => void) | null;
  postMessage(message: WorkerAnswer): void;
};

scope.onmessage = (event) => {
  const { id, url, args } = event.data;
  void postCall(url, args).then((result) => scope.postMessage({ id, result }));
};
