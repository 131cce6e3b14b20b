// Web host: POST /api/call/<name> with a JSON body, events over Server-Sent Events. The page was
// loaded with `?token=`; the host answered with an HttpOnly cookie, so requests from this page carry
// the token without script ever seeing it again, and the token is dropped from the address bar so it
// does not linger in history or get copied along with the URL.
import { httpCallPrefix, httpEventsPath, tokenQueryName } from '../../shared/contract/bridge';
import type { CallResult } from '../../shared/contract/define';
import type { AppEvent } from '../../shared/contract/events';
import { transportError, type Transport } from './transport';
import { postCall } from './http-call';
import type { WorkerAnswer, WorkerCall } from './http-call.worker';

/**
 * Calls sent from a worker: the recovery write carries the whole project and is made while the
 * reviewer types; serialising it and handing it to fetch on the UI thread was a 40-80 ms task that
 * could land between a keypress and its paint on a 2,000-paragraph document (issue 4). Handing the
 * object to a worker is a structured clone of a few strings.
 */
const sentFromWorker = new Set(['project.writeRecovery']);

export function httpTransport(base = ''): Transport {
  forgetTokenInAddressBar();
  const background = workerCaller();
  return {
    call(name, args) {
      const url = new URL(`${base}${httpCallPrefix}${encodeURIComponent(name)}`, window.location.href).href;
      return sentFromWorker.has(name) ? background(url, args) : postCall(url, args);
    },
    subscribe(listener) {
      const source = new EventSource(`${base}${httpEventsPath}`, { withCredentials: true });
      source.onmessage = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as AppEvent);
      return () => source.close();
    },
  };
}

/** Posts calls through one worker, started on first use; from the page when no worker can start. */
function workerCaller(): (url: string, args: unknown) => Promise<CallResult<unknown>> {
  /** false: no worker could start or it failed; calls then go from the page. */
  let worker: Worker | false | undefined;
  let next = 0;
  const waiting = new Map<number, (result: CallResult<unknown>) => void>();
  const start = (): Worker | false => {
    try {
      const w = new Worker(new URL('./http-call.worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (event: MessageEvent<WorkerAnswer>) => {
        waiting.get(event.data.id)?.(event.data.result);
        waiting.delete(event.data.id);
      };
      // A worker that failed to load answers nothing: its calls fail, later ones go from the page.
      w.onerror = () => {
        worker = false;
        for (const resolve of waiting.values()) resolve(transportError('host-unreachable'));
        waiting.clear();
      };
      return w;
    } catch {
      return false;
    }
  };
  return (url, args) => {
    if (worker === undefined) worker = start();
    if (!worker) return postCall(url, args);
    const id = next++;
    const message: WorkerCall = { id, url, args };
    const sent = worker;
    return new Promise((resolve) => {
      waiting.set(id, resolve);
      sent.postMessage(message);
    });
  };
}

function forgetTokenInAddressBar(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has(tokenQueryName)) return;
  url.searchParams.delete(tokenQueryName);
  window.history.replaceState(window.history.state, '', url.toString());
}
