// Node → UI events for browsers: Server-Sent Events (one `data:` line of JSON per event).
import type { ServerResponse } from 'node:http';
import type { AppEvent } from '../../shared/contract/events';

export interface EventStream {
  attach(response: ServerResponse): void;
  send(event: AppEvent): void;
  close(): void;
}

export function createEventStream(keepAliveMs = 25_000): EventStream {
  const clients = new Set<ServerResponse>();
  // A comment line now and then keeps proxies and the browser from dropping an idle stream.
  const timer = setInterval(() => clients.forEach((c) => c.write(': keep-alive\n\n')), keepAliveMs);
  timer.unref();
  return {
    attach(response) {
      response.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      response.write(': connected\n\n');
      clients.add(response);
      response.on('close', () => clients.delete(response));
    },
    send(event) {
      const line = `data: ${JSON.stringify(event)}\n\n`;
      clients.forEach((c) => c.write(line));
    },
    close() {
      clearInterval(timer);
      clients.forEach((c) => c.end());
      clients.clear();
    },
  };
}
