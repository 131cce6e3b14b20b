// The one Content-Security-Policy for the UI, sent by the web host and by Electron's app:// protocol.
// Only the app's own files may run or load; no inline script, no eval, no plugins, no framing, no
// remote content (Electron security checklist items 6 and 7; LESSONS.md 6). Styles are 'self' too:
// React sets style properties through the CSSOM and CodeMirror uses constructed stylesheets, neither
// of which CSP blocks, so 'unsafe-inline' is not needed.
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

export const contentSecurityPolicy = Object.entries(directives)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

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
