// Serves the built renderer as app://nusach/ (a standard, secure scheme), with the CSP and the other
// security headers on every response. A custom protocol rather than file:// gives the UI a real origin,
// so CSP 'self' means our files only and nothing else on disk is reachable (checklist 18).
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { contentTypeOf } from '../services/content-types';
import { isPage, noncedPage, securityHeaders } from '../services/content-security-policy';
import { appFilePath } from './app-files';
import { appScheme } from './security';

/** Must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export function serveApp(distDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const file = appFilePath(distDir, request.url);
    const response = file ? await net.fetch(pathToFileURL(file).toString()).catch(() => null) : null;
    if (!file || !response?.ok) return new Response('Not found', { status: 404, headers: securityHeaders });
    const headers = { ...securityHeaders, 'Content-Type': contentTypeOf(file) };
    if (!isPage(file)) return new Response(response.body, { status: 200, headers });
    // Each page response gets its own style nonce (see content-security-policy.ts).
    const page = noncedPage(await response.text());
    return new Response(page.html, { status: 200, headers: { ...headers, ...page.headers } });
  });
}
