// The first screen, as a user sees it: the demo pair side by side (English LTR, Hebrew RTL whatever
// the UI language), the UI switched to Hebrew mirrors the whole layout. Leaves screenshots to look at.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function direction(page: Page, testId: string): Promise<string> {
  return page.getByTestId(testId).evaluate((el) => getComputedStyle(el).direction);
}

async function left(page: Page, testId: string): Promise<number> {
  const box = await page.getByTestId(testId).boundingBox();
  if (!box) throw new Error(`${testId} is not visible`);
  return box.x;
}

test('demo pair side by side; Hebrew UI mirrors the layout, panes keep their own direction', async ({
  page,
}, testInfo) => {
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  // Load again with the listener in place, so a violation during start-up is seen too (the web
  // host's cookie stands in for the token, which the first load removed from the address).
  await page.reload();
  const shot = (name: string) =>
    `e2e/screenshots/smoke-${testInfo.project.name === 'web' ? '' : `${testInfo.project.name}-`}${name}.png`;

  const source = page.getByTestId('source-pane');
  const target = page.getByTestId('target-pane');
  await expect(source).toContainText('Homs');
  await expect(target).toContainText('חומס');

  await page.getByTestId('ui-language').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  expect(await direction(page, 'source-pane')).toBe('ltr');
  expect(await direction(page, 'target-pane')).toBe('rtl');
  expect(await left(page, 'source-pane')).toBeLessThan(await left(page, 'target-pane'));
  await page.screenshot({ path: shot('en') });

  await page.getByTestId('ui-language').selectOption('he');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'he');
  // Mirrored: the source pane, first in reading order, is now on the right.
  await expect
    .poll(async () => (await left(page, 'source-pane')) > (await left(page, 'target-pane')))
    .toBe(true);
  // Content direction follows the text's language, never the UI's (LESSONS.md 1).
  expect(await direction(page, 'source-pane')).toBe('ltr');
  expect(await direction(page, 'target-pane')).toBe('rtl');
  await page.screenshot({ path: shot('he') });

  // The paragraph editor's theme is a <style> CodeMirror injects: the page's CSP admits it only through
  // the per-response nonce. Without it the editor would lose its layout (the base theme positions it).
  await target.getByTestId('target-paragraph').first().click();
  const editor = page.getByTestId('paragraph-editor').locator('.cm-editor');
  await expect(editor).toBeVisible();
  expect(await editor.evaluate((el) => getComputedStyle(el).position)).toBe('relative');

  expect(cspViolations).toEqual([]);
});
