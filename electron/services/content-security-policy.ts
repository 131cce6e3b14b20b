// The one Content-Security-Policy for the UI, sent by the web host and by Electron's app:// protocol.
// Only the app's own files may run or load; no inline script, no eval, no plugins, no framing, no
// remote content (Electron security checklist items 6 and 7; LESSONS.md 6). Styles are 'self' plus a
// nonce: React sets style properties through the CSSOM, which CSP does not block, but CodeMirror's
// style-mod injects its theme as a <style> element in a document (constructed stylesheets only inside a
// shadow root), which 'self' alone blocks. The page receives the nonce in a <meta> (noncedPage) and
// hands it to CodeMirror (EditorView.cspNonce); 'unsafe-inline' is never needed.
import { randomBytes } from 'node:crypto';

const directives: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
  'object-src': "'none'",
};

function policy(styleNonce?: string): string {
  return Object.entries(directives)
    .map(([name, value]) =>
      name === 'style-src' && styleNonce ? `${name} ${value} 'nonce-${styleNonce}'` : `${name} ${value}`,
    )
    .join('; ');
}

/** The policy without a nonce: for every response that is not a page (and as Electron's fallback). */
export const contentSecurityPolicy = policy();

const nonceMeta = /(<meta name="nusach-style-nonce" content=")[^"]*(")/;

/** Whether a file is the page (index.html), which gets a nonce of its own on every response. */
export function isPage(path: string): boolean {
  return /(^|[\\/])index\.html$/.test(path);
}

/**
 * One page response: a fresh nonce (128 random bits, as CSP3 recommends) written into the page's
 * <meta> for the renderer to hand to CodeMirror, and the CSP header that admits it.
 */
export function noncedPage(html: string): { html: string; headers: Readonly<Record<string, string>> } {
  const nonce = randomBytes(16).toString('base64');
  return {
    html: html.replace(nonceMeta, `$1${nonce}$2`),
    headers: { 'Content-Security-Policy': policy(nonce) },
  };
}

/** Headers on every response of the web host (and every app:// response in Electron). */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
};
