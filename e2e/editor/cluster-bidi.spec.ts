// Hebrew spellings listed inside UI text, in both UI languages: the cluster list ("Hayat — חייאת ×1,
// חיית ×1"), the resolver's options and finding messages with spelling parameters. Each spelling with
// its count is its own isolate, so the list reads in the UI's direction and every count stays beside
// its spelling. Pinned by the DOM and by where the browser draws each piece; leaves screenshots of the
// findings panel in e2e/screenshots/.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { openPastedPair } from '../open-pasted';

const shot = (name: string) => `e2e/screenshots/cluster-bidi-${name}.png`;
const target = (page: Page) => page.getByTestId('target-pane');
const hayat = (page: Page) => page.getByTestId('cluster').filter({ hasText: 'Hayat' });

/** The horizontal centre of an element, or of `text` inside it (one text node), as drawn. */
async function centre(locator: Locator, text?: string): Promise<number> {
  if (text === undefined) {
    const box = await locator.boundingBox();
    if (!box) throw new Error('not drawn');
    return box.x + box.width / 2;
  }
  return locator.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const box = range.getBoundingClientRect();
      return box.x + box.width / 2;
    }
    throw new Error(`"${wanted}" is not in one text node`);
  }, text);
}

/** Whether `a` is drawn before `b` in reading order for a line of direction `dir`. */
async function drawnBefore(
  a: Locator | [Locator, string],
  b: Locator | [Locator, string],
  dir: 'ltr' | 'rtl',
): Promise<boolean> {
  const at = (x: Locator | [Locator, string]) => (Array.isArray(x) ? centre(...x) : centre(x));
  const [x, y] = [await at(a), await at(b)];
  return dir === 'ltr' ? x < y : x > y;
}

async function setLanguage(page: Page, language: 'en' | 'he') {
  await page.getByTestId('ui-language').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

test.beforeEach(async ({ page }) => {
  await expect(target(page)).toContainText('חומס');
  await expect(page.getByTestId('cluster').first()).toBeVisible();
});

test.afterEach(async ({ page }) => {
  await setLanguage(page, 'en');
});

for (const [language, dir] of [
  ['en', 'ltr'],
  ['he', 'rtl'],
] as const) {
  test(`${language} UI: each spelling and its count is one isolate, listed in the UI's direction`, async ({
    page,
  }) => {
    await setLanguage(page, language);
    const row = hayat(page);
    const items = row.getByTestId('cluster-variant');
    await expect(items).toHaveCount(2);
    for (const item of await items.all()) {
      // <bdi> isolates by itself; its direction is the UI's, the spelling RTL, the count an LTR island.
      await expect(item).toHaveJSProperty('tagName', 'BDI');
      await expect(item).toHaveAttribute('dir', dir);
      await expect(item.locator('> bdi[lang="he"][dir="rtl"]')).toHaveText(/^[\u05D0-\u05EA]+$/u);
      await expect(item.locator('> bdi[dir="ltr"]')).toHaveText(/^×\d+$/u);
      // The count reads "×1" in both UIs: an LTR island, not "1×" drawn right to left.
      expect(await drawnBefore([item, '×'], [item, '1'], 'ltr')).toBe(true);
      expect(await drawnBefore(item.locator('> bdi[dir="rtl"]'), item.locator('> bdi[dir="ltr"]'), dir)).toBe(
        true,
      );
    }
    await expect(items).toHaveText(['חייאת ×1', 'חיית ×1']);
    // The label, then the spellings in list order, as the UI reads.
    expect(await drawnBefore(row.locator('.cluster-summary > bdi').first(), items.nth(0), dir)).toBe(true);
    expect(await drawnBefore(items.nth(0), items.nth(1), dir)).toBe(true);
    await page.locator('.side-panel').screenshot({ path: shot(`clusters-${language}`) });

    await row.getByTestId('resolve-cluster').click();
    const options = page
      .getByTestId('cluster-resolver')
      .locator('.variant-option')
      .filter({
        has: page.getByTestId('variant-option'),
      });
    await expect(options).toHaveCount(2);
    for (const option of await options.all()) {
      const spelling = option.locator('bdi[dir="rtl"]');
      const count = option.locator('bdi[dir="ltr"]');
      await expect(count).toHaveText(/^×\d+$/u);
      expect(await drawnBefore(spelling, count, dir)).toBe(true);
    }
    await page.getByTestId('cluster-resolver').screenshot({ path: shot(`resolver-${language}`) });
  });
}

test('message parameters are isolated: a list of spellings, and English inside the Hebrew UI', async ({
  page,
}) => {
  const en = ['Samer spoke to reporters.', 'Samer said the aid was late.', 'Samer left.'];
  const he = ['סאמר דיבר עם כתבים.', 'סמיר אמר כי הסיוע התעכב.', 'סאמר עזב.'];
  await openPastedPair(
    page,
    [...en, 'The numbers could rise to 1.5 million.'].join('\n'),
    [...he, 'המספרים עלולים לעלות ל־2 מיליון.'].join('\n'),
  );
  await expect(target(page)).toContainText('סמיר');
  for (const [language, dir] of [
    ['en', 'ltr'],
    ['he', 'rtl'],
  ] as const) {
    await setLanguage(page, language);
    const names = page.getByTestId('group-source-names').locator('.finding-item .message');
    await expect(names).toHaveCount(1);
    await expect(names.locator('bdi.message-param')).toHaveText(['Samer', 'סאמר', 'סמיר']);
    // Most frequent first, in the UI's reading order (in the English UI too, not right to left).
    expect(await drawnBefore([names, 'סאמר'], [names, 'סמיר'], dir)).toBe(true);
    expect(await drawnBefore([names, 'Samer'], [names, 'סאמר'], dir)).toBe(true);
    const numbers = page.getByTestId('group-numbers').locator('.finding-item .message');
    await expect(numbers).toHaveCount(1);
    await expect(numbers.locator('bdi.message-param')).toHaveText(['1.5 million', '2 מיליון']);
    // "1.5 million" stays one LTR phrase in the Hebrew UI (not "million 1.5").
    expect(await drawnBefore([numbers, '1.5'], [numbers, 'million'], 'ltr')).toBe(true);
    await page.locator('.side-panel').screenshot({ path: shot(`message-${language}`) });
  }
});
