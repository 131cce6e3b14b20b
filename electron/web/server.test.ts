// The request-size limit when the body is streamed without a declared length (chunked upload).
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventStream } from './event-stream';
import { createWebServer } from './server';

const token = 'test-token';
const dispatched: unknown[] = [];
const server = createWebServer({
  token,
  distDir: tmpdir(),
  dispatch: async (name, args) => (dispatched.push([name, args]), { ok: true, value: null }),
  events: createEventStream(),
  maxBodyBytes: 1000,
});
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function post(chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((done, failed) => {
    const upload = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/call/demo.echo',
        headers: {
          'x-nusach-token': token,
          'content-type': 'application/json',
          'transfer-encoding': 'chunked',
        },
      },
      (response) => {
        let body = '';
        response.on('data', (c: Buffer) => (body += c.toString()));
        response.on('end', () => done({ status: response.statusCode ?? 0, body }));
      },
    );
    upload.on('error', failed);
    chunks.forEach((chunk) => upload.write(chunk));
    upload.end();
  });
}

describe('web server body limit', () => {
  it('accepts a body within the limit', async () => {
    expect((await post(['{"text":', '"short"}'])).status).toBe(200);
    expect(dispatched).toEqual([['demo.echo', { text: 'short' }]]);
  });

  it('answers 413 with a typed error once a streamed body passes the limit, without dispatching', async () => {
    const answer = await post(['{"text":"', 'x'.repeat(600), 'x'.repeat(600), '"}']);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: { code: 'request-too-large', messageKey: 'errors:request-too-large' },
    });
    expect(dispatched).toHaveLength(1);
  });
});
