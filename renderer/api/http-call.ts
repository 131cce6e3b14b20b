// One call to the web host: POST the arguments as JSON, read the CallResult. Plain fetch, so it runs in
// the page and in a worker alike (http-call.worker.ts).
import type { CallResult } from '../../shared/contract/define';
import { transportError } from './transport';

export async function postCall(url: string, args: unknown): Promise<CallResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args ?? {}),
      credentials: 'same-origin',
    });
  } catch {
    return transportError('host-unreachable');
  }
  if (response.status === 401) return transportError('unauthorized');
  try {
    return (await response.json()) as CallResult<unknown>;
  } catch {
    return transportError('host-unreachable');
  }
}
