// Session- and app-wide rules that hold for every web contents, present or future
// (Electron security checklist 1, 5, 13, 14, 15).
import { app, session, shell } from 'electron';
import { contentSecurityPolicy } from '../services/content-security-policy';
import { isSafeExternalUrl, splitPolicy } from './security';

export function hardenApp(): void {
  const ses = session.defaultSession;
  // Checklist 5: no permission (camera, notifications, geolocation, …) is ever granted.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // Checklist 1: the UI loads nothing from the network. Web links open in the user's browser instead.
  ses.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (_details, callback) => callback({ cancel: true }),
  );

  // The app:// protocol sets the CSP on every response it serves (the page's with its style nonce);
  // this adds the strict policy to anything else that reaches the session, so no response is ever
  // without one (checklist 7). A response's own policy is kept: a second one would be enforced too and
  // would block the page's nonce-carrying styles.
  ses.webRequest.onHeadersReceived((details, callback) => {
    const { own, rest } = splitPolicy(details.responseHeaders ?? {});
    callback({
      // The policy is assembled in content-security-policy.ts, which Electronegativity cannot parse here;
      // electron/security/electronegativity.ts evaluates the real string with the same CSP evaluator.
      responseHeaders: { ...rest, 'Content-Security-Policy': [...(own ?? [contentSecurityPolicy])] }, // eng-disable CSP_GLOBAL_CHECK
    });
  });

  app.on('web-contents-created', (_event, contents) => {
    // Checklist 13: the UI never navigates; a link or a dropped file must not replace it.
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    // Checklist 12: no <webview>.
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // Checklist 14 and 15: no new windows; http(s) links go to the default browser, nothing else.
    contents.setWindowOpenHandler(({ url }) => {
      // Only http(s) URLs reach openExternal (isSafeExternalUrl, tested in security.test.ts).
      if (isSafeExternalUrl(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
      return { action: 'deny' };
    });
  });
}
