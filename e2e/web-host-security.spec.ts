// The web host as an attacker on this machine meets it: no token, a wrong token, malformed calls,
// paths outside the workspace. The page's own calls (cookie-authenticated) work.
import { expect, test, webHostUrl } from './fixtures';

const origin = () => new URL(webHostUrl()).origin;
const token = () => new URL(webHostUrl()).searchParams.get('token') ?? '';

test('the app page carries a strict CSP and the other security headers', async ({ request }) => {
  const response = await request.get(webHostUrl());
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
});

test('401 without the token and with a wrong one', async ({ playwright }) => {
  // A fresh context: no cookie from an earlier page load.
  const anonymous = await playwright.request.newContext();
  expect((await anonymous.get(`${origin()}/`)).status()).toBe(401);
  expect((await anonymous.get(`${origin()}/?token=wrong-token`)).status()).toBe(401);
  expect((await anonymous.post(`${origin()}/api/call/app.demo`, { data: {} })).status()).toBe(401);
  expect(
    (
      await anonymous.post(`${origin()}/api/call/app.demo`, {
        data: {},
        headers: { 'X-Nusach-Token': 'nope' },
      })
    ).status(),
  ).toBe(401);
  await anonymous.dispose();
});

test('from the page: a call works, a malformed call gets a typed schema error, traversal is refused', async ({
  page,
}) => {
  await expect(page.getByTestId('target-pane')).toContainText('חומס');
  const answers = await page.evaluate(async () => {
    const call = async (name: string, body: string) =>
      (
        await fetch(`/api/call/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        })
      ).json();
    return {
      demo: await call('app.demo', '{}'),
      malformed: await call('files.open', '{"path": 42}'),
      traversal: await call('files.open', '{"path": "../../../../etc/passwd"}'),
      absolute: await call('files.open', '{"path": "/etc/passwd"}'),
    };
  });
  expect(answers.demo.ok).toBe(true);
  expect(answers.malformed).toEqual({
    ok: false,
    error: { code: 'bad-request', messageKey: 'errors:bad-request' },
  });
  expect(answers.traversal.error.code).toBe('path-outside-workspace');
  expect(answers.absolute.error.code).toBe('path-outside-workspace');
  // The token left the address bar once the cookie took over.
  expect(new URL(page.url()).searchParams.has('token')).toBe(false);
});

test('the token travels in a header too', async ({ playwright }) => {
  const client = await playwright.request.newContext({ extraHTTPHeaders: { 'X-Nusach-Token': token() } });
  const answer = await (await client.post(`${origin()}/api/call/app.info`, { data: {} })).json();
  expect(answer).toMatchObject({ ok: true, value: { host: 'web', nativeDialogs: false } });
  await client.dispose();
});
