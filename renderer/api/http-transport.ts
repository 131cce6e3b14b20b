// Web host: POST /api/call/<name> with a JSON body, events over Server-Sent Events. The page was
// loaded with `?token=`; the host answered with an HttpOnly cookie, so requests from this page carry
// the token without script ever seeing it again, and the token is dropped from the address bar so it
// does not linger in history or get copied along with the URL.
import { httpCallPrefix, httpEventsPath, tokenQueryName } from '../../shared/contract/bridge';
import type { CallResult } from '../../shared/contract/define';
import type { AppEvent } from '../../shared/contract/events';
import { transportError, type Transport } from './transport';

export function httpTransport(base = ''): Transport {
  forgetTokenInAddressBar();
  return {
    async call(name, args) {
      let response: Response;
      try {
        response = await fetch(`${base}${httpCallPrefix}${encodeURIComponent(name)}`, {
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
    },
    subscribe(listener) {
      const source = new EventSource(`${base}${httpEventsPath}`, { withCredentials: true });
      source.onmessage = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as AppEvent);
      return () => source.close();
    },
  };
}

function forgetTokenInAddressBar(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has(tokenQueryName)) return;
  url.searchParams.delete(tokenQueryName);
  window.history.replaceState(window.history.state, '', url.toString());
}
