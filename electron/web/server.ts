// The web host's HTTP server: the built renderer and the contract's calls, behind the per-launch
// token. It is meant to listen on 127.0.0.1 only (main.ts); it also refuses a Host header that is
// not loopback (DNS rebinding) and a cross-origin Origin on calls.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  httpCallPrefix,
  httpEventsPath,
  tokenCookieName,
  tokenHeaderName,
  tokenQueryName,
} from '../../shared/contract/bridge';
import type { CallResult } from '../../shared/contract/define';
import { appError } from '../services/call-failure';
import { isPage, noncedPage, securityHeaders } from '../services/content-security-policy';
import type { Dispatch } from '../services/dispatch';
import type { EventStream } from './event-stream';
import { staticFile } from './static-files';
import { tokensMatch } from './token';

export interface WebServerOptions {
  readonly token: string;
  /** Real path of the built renderer (dist/). */
  readonly distDir: string;
  readonly dispatch: Dispatch;
  readonly events: EventStream;
  /** Largest request body accepted, in bytes (a call's JSON). */
  readonly maxBodyBytes?: number;
}

/** Enough for files.save's largest text (16 Mi UTF-16 units, at most 3 UTF-8 bytes each) as JSON. */
export const defaultMaxBodyBytes = 48 * 1024 * 1024;

class BodyTooLarge extends Error {}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function cookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function sendJson(response: ServerResponse, status: number, body: CallResult<unknown>): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(`${text}\n`);
}

export function createWebServer(options: WebServerOptions): Server {
  const maxBody = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) sendText(response, 500, 'Internal error');
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    const port = (server.address() as AddressInfo).port;
    const origin = `http://127.0.0.1:${port}`;
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(request.headers.host ?? '')) return sendText(response, 421, 'Wrong host');

    const url = new URL(request.url ?? '/', origin);
    // The cookie's name carries the port: two hosts on 127.0.0.1 share one cookie jar.
    const cookieName = `${tokenCookieName}_${port}`;
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const fromQuery = url.searchParams.get(tokenQueryName) ?? undefined;
    const header = request.headers[tokenHeaderName];
    const given = [
      fromQuery,
      typeof header === 'string' ? header : undefined,
      bearer,
      cookie(request, cookieName),
    ];
    if (!given.some((candidate) => tokensMatch(options.token, candidate))) {
      if (url.pathname.startsWith('/api/'))
        return sendJson(response, 401, { ok: false, error: appError('unauthorized') });
      return sendText(
        response,
        401,
        'Unauthorized: open the address `npm run web` printed (it carries the token).',
      );
    }
    if (fromQuery !== undefined && tokensMatch(options.token, fromQuery)) {
      response.setHeader('Set-Cookie', `${cookieName}=${options.token}; HttpOnly; SameSite=Strict; Path=/`);
    }

    if (url.pathname.startsWith(httpCallPrefix)) return call(request, response, url, origin);
    if (url.pathname === httpEventsPath && request.method === 'GET') return options.events.attach(response);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return sendText(response, 405, 'Method not allowed');
    const file = await staticFile(options.distDir, url.pathname);
    if (!file) return sendText(response, 404, 'Not found');
    let body: Buffer = file.body;
    if (isPage(file.path)) {
      // Each page response gets its own style nonce (see content-security-policy.ts).
      const page = noncedPage(body.toString('utf8'));
      body = Buffer.from(page.html);
      for (const [name, value] of Object.entries(page.headers)) response.setHeader(name, value);
    }
    response.writeHead(200, { 'Content-Type': file.contentType, 'Cache-Control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  async function call(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    origin: string,
  ): Promise<void> {
    if (request.method !== 'POST') return sendText(response, 405, 'Method not allowed');
    const from = request.headers.origin;
    if (from !== undefined && from !== origin && from !== origin.replace('127.0.0.1', 'localhost')) {
      return sendText(response, 403, 'Cross-origin call refused');
    }
    let body: string;
    try {
      body = await readBody(request, maxBody);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      // Answer, then drop the connection rather than read the rest of an oversized body.
      response.setHeader('Connection', 'close');
      response.on('finish', () => request.destroy());
      return sendJson(response, 413, { ok: false, error: appError('request-too-large') });
    }
    let args: unknown;
    try {
      args = body === '' ? {} : JSON.parse(body);
    } catch {
      return sendJson(response, 400, { ok: false, error: appError('bad-request') });
    }
    let name: string;
    try {
      name = decodeURIComponent(url.pathname.slice(httpCallPrefix.length));
    } catch {
      return sendJson(response, 400, { ok: false, error: appError('bad-request') });
    }
    sendJson(response, 200, await options.dispatch(name, args));
  }

  return server;
}
