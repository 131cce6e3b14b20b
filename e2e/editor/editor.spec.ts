// The review editor as a translator uses it, on the web host: the seed pair with its HTS and Rastan
// clusters, resolving one in a single action and undoing it, ignoring a finding across a reload,
// splitting and merging to realign, F8 navigation, typing with findings kept in step, the UI language
// switch, opening a DOCX, and the typography slips a reviewer fixes in one click (a word typed twice,
// a prefix letter typed apart, a Hebrew year without gershayim). Leaves screenshots in both UI
// languages in e2e/screenshots/.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { makeHebrewDocx } from '../fixtures/make-docx';
import { openPastedPair } from '../open-pasted';

const shot = (name: string) => `e2e/screenshots/editor-${name}.png`;
const target = (page: Page) => page.getByTestId('target-pane');
const rastanCluster = (page: Page) => page.getByTestId('cluster').filter({ hasText: 'ראסטן' });
const findingCount = async (page: Page) => {
  await expect(page.getByTestId('findings-status')).toHaveText(/\d/);
  return Number((await page.getByTestId('findings-status').textContent())?.match(/\d+/)?.[0]);
};

test.beforeEach(async ({ page }) => {
  await expect(target(page)).toContainText('חומס');
  await expect(page.getByTestId('cluster').first()).toBeVisible();
});

test('the seed pair shows the HTS and Rastan clusters with every spelling counted', async ({ page }) => {
  await expect(page.getByTestId('source-pane')).toHaveAttribute('dir', 'ltr');
  await expect(target(page)).toHaveAttribute('dir', 'rtl');
  await expect(rastanCluster(page)).toContainText('רסטן ×2');
  await expect(rastanCluster(page)).toContainText('ראסטן ×1');
  await expect(page.getByTestId('cluster').filter({ hasText: 'חייאת' })).toContainText('חיית ×1');
  // Every occurrence of either Rastan spelling is its own marked element in the Hebrew text.
  const marked = target(page)
    .locator('.cluster-member')
    .filter({ hasText: /^[והבלמשכ]{0,3}(רסטן|ראסטן)$/ });
  await expect(marked).toHaveCount(3);
  await page.screenshot({ path: shot('seed-en') });
});

test('resolving a cluster is one action and one undo step', async ({ page }) => {
  await rastanCluster(page).getByTestId('resolve-cluster').click();
  const resolver = page.getByTestId('cluster-resolver');
  await resolver.getByTestId('variant-option').first().check();
  await expect(resolver.getByTestId('diff-preview').locator('del')).toHaveText(['ראסטן']);
  await expect(resolver.getByTestId('diff-preview').locator('ins')).toHaveText(['רסטן']);
  await page.screenshot({ path: shot('resolve-preview-en') });
  await resolver.getByTestId('apply-cluster').click();
  await expect(target(page)).not.toContainText('ראסטן');
  await expect(rastanCluster(page)).toHaveCount(0);

  await page.getByTestId('undo').click();
  await expect(target(page)).toContainText('ראסטן');
  await expect(rastanCluster(page)).toContainText('ראסטן ×1');
  await page.keyboard.press('Control+Shift+Z');
  await expect(target(page)).not.toContainText('ראסטן');
});

test('a spelling typed by the reviewer is applied with prefixes kept', async ({ page }) => {
  await rastanCluster(page).getByTestId('resolve-cluster').click();
  await page.getByTestId('other-spelling').fill('ראסתן');
  await page.getByTestId('apply-cluster').click();
  await expect(target(page)).toContainText('עיירות – ראסתן וטלביסה');
  await expect(target(page)).not.toContainText('רסטן');
});

test('"ignore in this document" survives a reload', async ({ page }) => {
  const before = await findingCount(page);
  await page.getByTestId('group-typography').getByTestId('repeated-toggle').first().click();
  await page.getByTestId('group-typography').locator('.finding-item').first().click();
  await page.getByTestId('ignore-always').click();
  await expect.poll(() => findingCount(page)).toBeLessThan(before);
  const after = await findingCount(page);
  await page.reload();
  await expect(target(page)).toContainText('חומס');
  await expect.poll(() => findingCount(page)).toBe(after);
});

test('repeated maqaf notes are one row: fix all is one action and one undo step', async ({ page }) => {
  const maqaf = page.getByTestId('repeated-findings').filter({ hasText: 'Maqaf typed as a hyphen' });
  await expect(maqaf).toHaveCount(1);
  const count = Number((await maqaf.getByTestId('repeated-count').textContent())?.replace('×', ''));
  expect(count).toBeGreaterThan(10);
  // Collapsed, the occurrences are not listed; expanded, each is reachable and selects its finding.
  await expect(maqaf.locator('.finding-item')).toHaveCount(0);
  await maqaf.getByTestId('repeated-toggle').click();
  await expect(maqaf.locator('.finding-item')).toHaveCount(count);
  await maqaf.locator('.finding-item').nth(2).click();
  await expect(page.getByTestId('finding-details')).toContainText('Maqaf typed as a hyphen');
  const before = await findingCount(page);
  const row3 = target(page).locator('[data-paragraph="2"]');
  await expect(row3).toContainText('אל-אסד');

  await maqaf.getByTestId('fix-all').click();
  await expect(maqaf).toHaveCount(0);
  await expect(row3).toContainText('אל־אסד');
  await expect.poll(() => findingCount(page)).toBe(before - count);

  await page.getByTestId('undo').click();
  await expect(row3).toContainText('אל-אסד');
  await expect(maqaf.getByTestId('repeated-count')).toHaveText(`×${count}`);
  await expect(page.getByTestId('undo')).toBeDisabled(); // the whole fix was a single step
});

test('"ignore all" hides every occurrence of a repeated kind at once', async ({ page }) => {
  const maqaf = page.getByTestId('repeated-findings').filter({ hasText: 'Maqaf typed as a hyphen' });
  const count = Number((await maqaf.getByTestId('repeated-count').textContent())?.replace('×', ''));
  const before = await findingCount(page);
  await maqaf.getByTestId('ignore-all').click();
  await expect(maqaf).toHaveCount(0);
  await expect.poll(() => findingCount(page)).toBe(before - count);
  await page.keyboard.press('Control+Z');
  await expect(maqaf.getByTestId('repeated-count')).toHaveText(`×${count}`);
});

test('F8 still steps through single findings, opening a repeated row on the way', async ({ page }) => {
  const maqaf = page.getByTestId('repeated-findings').filter({ hasText: 'Maqaf typed as a hyphen' });
  await expect(maqaf.getByTestId('repeated-toggle')).toHaveAttribute('aria-expanded', 'false');
  const details = page.getByTestId('finding-details');
  const shown = async () => (await details.allTextContents()).join('');
  for (let i = 0; i < 30 && !(await shown()).includes('Maqaf'); i++) await page.keyboard.press('F8');
  await expect(details).toContainText('Maqaf typed as a hyphen');
  await expect(maqaf.getByTestId('repeated-toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(maqaf.locator('.finding-item.is-current')).toHaveCount(1);
  // The next F8 moves to the next finding in the document, not past the whole group.
  const row = await maqaf.locator('.finding-item.is-current .where').textContent();
  await page.keyboard.press('F8');
  await expect(page.locator('.finding-item.is-current .where')).not.toHaveText(row ?? '');
});

test('F8 and Shift+F8 step through findings and bring them into view', async ({ page }) => {
  await page.keyboard.press('F8');
  const current = page.locator('[data-testid="target-pane"] .finding.is-current');
  await expect(current).toHaveCount(1);
  const first = await page.getByTestId('finding-details').textContent();
  await page.keyboard.press('F8');
  await expect(page.getByTestId('finding-details')).not.toHaveText(first ?? '');
  await page.keyboard.press('Shift+F8');
  await expect(page.getByTestId('finding-details')).toHaveText(first ?? '');
  // From the first finding, Shift+F8 wraps to the last one, which is scrolled into view.
  await page.keyboard.press('Shift+F8');
  await expect(current).toBeInViewport();
});

test('split and merge a Hebrew paragraph to realign', async ({ page }) => {
  const original = await target(page).getByTestId('target-paragraph').first().textContent();
  const comma = (original ?? '').indexOf(',');
  await target(page).getByTestId('target-paragraph').first().click();
  const editor = page.getByTestId('paragraph-editor').locator('.cm-content');
  await expect(editor).toBeFocused();
  await editor.press('Control+Home');
  for (let i = 0; i <= comma; i++) await editor.press('ArrowLeft'); // RTL: visual left moves forward
  await page.getByTestId('split').click();
  await expect(page.getByTestId('divergence')).toContainText('17');
  await expect(page.getByTestId('divergence')).toContainText('18');
  await page.screenshot({ path: shot('split-en') });
  await editor.press('Escape');
  await expect(target(page).locator('[data-paragraph="0"]')).toBeFocused();
  await page.getByTestId('merge-target').click();
  await expect(page.getByTestId('divergence')).toHaveCount(0);
  await expect(target(page).locator('[data-paragraph="0"]')).toHaveText(original ?? '');
});

test('merging English paragraphs realigns on the source side too', async ({ page }) => {
  const first = await page.getByTestId('source-paragraph').first().textContent();
  await page.getByTestId('source-paragraph').first().focus();
  await page.getByTestId('merge-source').click();
  await expect(page.getByTestId('divergence')).toContainText(
    'The English has 16 paragraphs and the Hebrew 17',
  );
  await expect(page.getByTestId('source-paragraph').first()).toContainText(`${first} Thousands of people`);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('divergence')).toHaveCount(0);
});

test('marking rows reviewed moves the progress indicator', async ({ page }) => {
  await expect(page.getByTestId('progress')).toHaveAttribute('value', '0');
  await page.getByTestId('reviewed').nth(0).check();
  await page.getByTestId('reviewed').nth(1).check();
  await expect(page.getByTestId('progress')).toHaveAttribute('value', '2');
  await expect(page.getByText('Reviewed 2 of 17')).toBeVisible();
  await expect(page.getByTestId('word-counts')).toHaveText(/English \d+ · Hebrew \d+/);
});

test('a dropped binary file is refused with a clear message', async ({ page }) => {
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array([0, 1, 2, 3, 0, 0, 7, 8])], 'photo.txt'));
    data.items.add(new File(['Some English.'], 'en.txt'));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('alert')).toHaveText('The file looks like binary data, not plain text.');
  await expect(target(page)).toContainText('חומס'); // the open pair is untouched
});

test('typing in a paragraph keeps the findings in step', async ({ page }) => {
  await target(page).getByTestId('target-paragraph').nth(1).click();
  const editor = page.getByTestId('paragraph-editor').locator('.cm-content');
  await editor.press('Control+End');
  await editor.pressSequentially(' ליד ראסטן', { delay: 20 });
  await expect(rastanCluster(page)).toContainText('ראסטן ×2');
  await page.keyboard.press('Escape');
  await page.getByTestId('undo').click();
  await expect(rastanCluster(page)).toContainText('ראסטן ×1');
});

test('the Hebrew UI mirrors the layout; the panes keep their own direction', async ({ page }) => {
  await page.getByTestId('ui-language').selectOption('he');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('tab-findings')).toHaveText('ממצאים');
  await expect(page.getByTestId('source-pane')).toHaveAttribute('dir', 'ltr');
  await expect(target(page)).toHaveAttribute('dir', 'rtl');
  const side = await page.locator('.side-panel').boundingBox();
  const text = await target(page).boundingBox();
  expect(side && text && side.x < text.x).toBe(true);
  await page.screenshot({ path: shot('seed-he') });
  await rastanCluster(page).getByTestId('resolve-cluster').click();
  await page.screenshot({ path: shot('resolve-preview-he') });
  await page.getByTestId('ui-language').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('opens an English .txt with a Hebrew .docx from the workspace', async ({ page }, testInfo) => {
  test.skip(
    testInfo.project.name !== 'web',
    "the workspace picker is the web host's dialog; Electron's is native",
  );
  const workspace = process.env.NUSACH_WORKSPACE as string;
  const he = ['פסקה ראשונה על רסטן.', 'בפסקה השנייה: ראסטן ו-HTS.'];
  await makeHebrewDocx(join(workspace, 'import-he.docx'), he);
  await writeFile(join(workspace, 'import-en.txt'), 'First paragraph on Rastan.\nSecond: Rastan and HTS.\n');
  await page.getByTestId('open-button').click();
  const dialog = page.getByTestId('open-dialog');
  await dialog.getByTestId('choose-source').click();
  await dialog.getByTestId('picker-entry').filter({ hasText: 'import-en.txt' }).click();
  await dialog.getByTestId('choose-target').click();
  await dialog.getByTestId('picker-entry').filter({ hasText: 'import-he.docx' }).click();
  await expect(dialog.getByTestId('target-file')).toHaveText('import-he.docx');
  await dialog.getByTestId('open-pair').click();
  await expect(target(page).getByTestId('target-paragraph')).toHaveText(he);
  await expect(page.getByTestId('source-pane')).toContainText('Second: Rastan and HTS.');
  await page.screenshot({ path: shot('docx-en') });
  // Both files are now in Open Recent.
  await page.getByTestId('open-button').click();
  await expect(page.getByTestId('recent-file').filter({ hasText: 'import-he.docx' })).toBeVisible();
  await expect(page.getByTestId('recent-file').filter({ hasText: 'import-en.txt' })).toBeVisible();
});

test('two files dropped on the window open as a pair, told apart by script', async ({ page }) => {
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['שורה ראשונה על רסטן.\nשורה שנייה.'], 'dropped-he.txt', { type: 'text/plain' }));
    data.items.add(
      new File(['First line on Rastan.\nSecond line.'], 'dropped-en.txt', { type: 'text/plain' }),
    );
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(target(page).getByTestId('target-paragraph')).toHaveText([
    'שורה ראשונה על רסטן.',
    'שורה שנייה.',
  ]);
  await expect(page.getByTestId('source-pane')).toContainText('First line on Rastan.');
});

test('a comment on a selected Hebrew span is listed and resolved', async ({ page }) => {
  const paragraph = target(page).locator('[data-paragraph="3"]');
  // Select the words "רמי עבד אל רחמן" at the start of row 4 with the DOM selection.
  await paragraph.evaluate((p) => {
    const text = p.querySelector('[data-start="0"]')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 'רמי עבד אל רחמן'.length);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  });
  await page.getByTestId('tab-comments').click();
  await page.getByTestId('comment-text').click();
  await expect(page.getByTestId('comment-quote')).toHaveText('רמי עבד אל רחמן');
  await page.getByTestId('comment-text').fill('Check the transliteration of this name.');
  await page.getByTestId('add-comment').click();
  const comment = page.getByTestId('comment');
  await expect(comment).toContainText('רמי עבד אל רחמן');
  await expect(comment).toContainText('Check the transliteration of this name.');
  await comment.getByRole('button', { name: 'Resolve' }).click();
  await expect(comment).toHaveClass(/is-resolved/);
});

test('pasted texts with different paragraph counts say where they diverge', async ({ page }) => {
  const en = (await readFile('shared/samples/article.en.txt', 'utf8')).split('\n').filter((l) => l.trim());
  const he = (await readFile('shared/samples/article.he.txt', 'utf8')).split('\n').filter((l) => l.trim());
  const merged = [...he.slice(0, 3), `${he[3]} ${he[4]}`, ...he.slice(5)];
  await openPastedPair(page, en.join('\n'), merged.join('\n'));
  await expect(page.getByTestId('divergence')).toContainText('row 4');
});

test('find and replace names with their prefixes, all in one undo step', async ({ page }) => {
  await page.getByTestId('find-button').click();
  await page.getByTestId('prefix-aware').check();
  await page.getByTestId('find-input').fill('חומס');
  await expect(page.getByTestId('match-count')).toHaveText(/\b(1[0-9]|[2-9][0-9])\b/);
  await page.getByTestId('replace-input').fill('חמץ');
  await page.getByTestId('replace-all').click();
  await expect(target(page)).not.toContainText('חומס');
  await expect(target(page)).toContainText('בנפת חמץ'); // the prefix ב kept
  await page.getByTestId('undo').click();
  await expect(target(page)).not.toContainText('חמץ');
});

test('a Hebrew paragraph starting with Latin or digits stays RTL; bidi controls are visible', async ({
  page,
}) => {
  await openPastedPair(
    page,
    'HTS took Hama.\n5 km from Homs.',
    'HTS כבשה את חמה.\n5 ק"מ מחומס, ליד \u2068Rastan\u2069.',
  );
  const rows = target(page).getByTestId('target-paragraph');
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all())
    expect(await row.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await rows.nth(1).click();
  const line = page.getByTestId('paragraph-editor').locator('.cm-line');
  expect(await line.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  // Latin and number runs are bidi isolates in CodeMirror's own model (LESSONS 3), FSI/PDI are chips (9).
  await expect(line.locator('.cm-ltr-island').first()).toHaveText('5');
  await expect(line.locator('.cm-bidi-chip')).toHaveText(['FSI', 'PDI']);
});

test('usable at 200% zoom: nothing overflows sideways, the panel moves under the text', async ({ page }) => {
  // A 1400×900 window at 200% zoom lays out like a 700×450 CSS-pixel viewport.
  await page.setViewportSize({ width: 700, height: 450 });
  for (const language of ['en', 'he']) {
    await page.getByTestId('ui-language').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const text = await target(page).boundingBox();
    const side = await page.locator('.side-panel').boundingBox();
    expect(text && side && side.y >= text.y).toBe(true);
    await page.screenshot({ path: shot(`zoom200-${language}`), fullPage: true });
  }
  await page.getByTestId('ui-language').selectOption('en');
});

test('a project file the OS asks to open (double-click, second launch) opens in the project bar', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'web', 'the Node side is replaced by a routed answer on the web host');
  await rastanCluster(page).getByTestId('resolve-cluster').click();
  await page.getByTestId('variant-option').first().check();
  await page.getByTestId('apply-cluster').click();
  await page.getByTestId('project-save-as').click();
  await page.getByTestId('path-input').fill('from-the-os.nusach');
  await page.getByTestId('path-ok').click();
  await expect(page.getByTestId('project-name')).toHaveText('from-the-os');

  // A new start with that file in the OS queue (what electron/main queues for a .nusach double-click).
  await page.route('**/api/call/app.openRequests', (route) =>
    route.fulfill({ json: { ok: true, value: ['notes.txt', 'from-the-os.nusach'] } }),
  );
  await page.reload();
  await expect(page.getByTestId('project-name')).toHaveText('from-the-os');
  await expect(target(page)).not.toContainText('ראסטן');
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
});

test('"Add to glossary" in the toolbar takes the selection in each column', async ({ page }) => {
  const add = page.getByTestId('add-to-glossary');
  await expect(add).toBeDisabled(); // nothing selected yet
  // English: a DOM selection in the source column (as a mouse drag leaves it).
  await page
    .getByTestId('source-paragraph')
    .nth(3)
    .evaluate((p) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf('Talbiseh') ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'Talbiseh'.length);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
        return;
      }
    });
  await page.evaluate(() => document.dispatchEvent(new Event('pointerup')));
  await expect(add).toBeEnabled();
  // Hebrew: selected with the keyboard in the paragraph editor.
  const row = target(page).locator('[data-paragraph="3"]');
  const at = ((await row.textContent()) ?? '').indexOf('טלביסה');
  await row.click();
  const editor = page.getByTestId('paragraph-editor').locator('.cm-content');
  await editor.press('Control+Home');
  for (let i = 0; i < at; i++) await editor.press('ArrowLeft'); // RTL: visual left moves forward
  for (let i = 0; i < 'טלביסה'.length; i++) await editor.press('Shift+ArrowLeft');

  await add.click();
  const dialog = page.getByTestId('glossary-add-dialog');
  await expect(dialog.getByTestId('entry-english')).toHaveValue('Talbiseh');
  await expect(dialog.getByTestId('entry-preferred')).toHaveValue('טלביסה');
  await dialog.getByTestId('entry-preferred').fill('תלביסה');
  await dialog.getByTestId('entry-deprecated').fill('טלביסה');
  await dialog.getByTestId('entry-save').click();
  await expect(dialog).toHaveCount(0);
  // The engine uses the new entry at once.
  await expect(page.getByTestId('group-glossary')).toContainText('טלביסה');

  // Leave the host's personal glossary as it was for the specs that follow.
  await page.getByTestId('tab-glossary').click();
  await page
    .locator('[data-testid="glossary-entry"][data-entry-id="talbiseh"]')
    .getByTestId('entry-delete')
    .click();
  await page.getByTestId('tab-findings').click();
  await expect(page.getByTestId('group-glossary')).toHaveCount(0);
});

test('keyboard only: one Tab stop per column, arrows between rows, Enter edits, Escape leaves', async ({
  page,
}) => {
  /** The focused element, named by its test id and, for a row cell, its row. */
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const row = el.dataset['focusRow'];
      return `${el.dataset['testid'] ?? el.tagName.toLowerCase()}${row === undefined ? '' : `@${row}`}`;
    });
  /** Every focus stop must be visible: our :focus-visible outline (or CodeMirror's focused frame). */
  const outline = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const frame = el.closest('.cm-editor') ?? el;
      const style = getComputedStyle(frame);
      return style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
    });
  const stops: string[] = [];
  while (!stops.includes('tab-findings') && stops.length < 40) {
    await page.keyboard.press('Tab');
    stops.push(await focused());
    expect(await outline(), `visible focus on ${stops.at(-1)}`).toBeGreaterThanOrEqual(2);
  }
  const at = (stop: string) => stops.indexOf(stop);
  expect(at('open-button')).toBe(0);
  expect(at('find-button')).toBeGreaterThan(at('open-button'));
  expect(at('project-save')).toBeGreaterThan(at('find-button'));
  expect(at('split')).toBeGreaterThan(at('project-save'));
  // The rows: each column is one stop, in reading order, then the side panel.
  expect(stops.slice(at('reviewed@0'))).toEqual([
    'reviewed@0',
    'source-paragraph@0',
    'target-paragraph@0',
    'tab-findings',
  ]);

  await page.keyboard.press('Shift+Tab');
  expect(await focused()).toBe('target-paragraph@0');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe('target-paragraph@2');
  await page.keyboard.press('End');
  await expect(target(page).locator('[data-paragraph="16"]')).toBeFocused();
  await expect(target(page).locator('[data-paragraph="16"]')).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(target(page).locator('[data-paragraph="0"]')).toBeFocused();
  // Shift+Tab goes to the same row in the English column.
  await page.keyboard.press('Shift+Tab');
  expect(await focused()).toBe('source-paragraph@0');
  await page.keyboard.press('Tab');

  // The side panel's tabs are one stop; the arrows choose a tab.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('tab-findings')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tab-comments')).toBeFocused();
  await expect(page.getByTestId('tab-comments')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('tab-findings')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Shift+Tab');
  expect(await focused()).toBe('target-paragraph@0');

  // Enter opens the row's editor, Escape leaves it with the focus back on the row.
  await page.keyboard.press('Enter');
  const editor = page.getByTestId('paragraph-editor').locator('.cm-content');
  await expect(editor).toBeFocused();
  expect(await outline()).toBeGreaterThanOrEqual(2);
  await page.keyboard.type(' א');
  await page.keyboard.press('Escape');
  await expect(target(page).locator('[data-paragraph="0"]')).toBeFocused();
  await expect(target(page).locator('[data-paragraph="0"]')).toContainText('לזכויות אדם. א');
  await page.keyboard.press('Control+z');
  await expect(target(page).locator('[data-paragraph="0"]')).not.toContainText('לזכויות אדם. א');

  // On into the panel: a repeated row opens with Enter, and Fix all is the next stop after it.
  const maqaf = page.getByTestId('repeated-findings').filter({ hasText: 'Maqaf typed as a hyphen' });
  for (
    let i = 0;
    i < 30 && !(await maqaf.getByTestId('repeated-toggle').evaluate((b) => b === document.activeElement));
    i++
  )
    await page.keyboard.press('Tab');
  await expect(maqaf.getByTestId('repeated-toggle')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(maqaf.getByTestId('repeated-toggle')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(maqaf.getByTestId('fix-all')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(maqaf).toHaveCount(0);
  await expect(target(page).locator('[data-paragraph="0"]')).toContainText('א־שאם');
  // The focus stays in the list (on the check's heading), not lost to the page.
  await expect(page.getByTestId('group-typography').locator('summary')).toBeFocused();
});

test('a word written two accepted ways and a compound with maqaf and space are shown and resolved', async ({
  page,
}) => {
  const en = [
    'The president of Turkey arrived.',
    'The Turkish envoy met the mayor of Bat Yam.',
    'Bat Yam residents and the army of Turkey.',
  ];
  const he = [
    'נשיא טורקיה הגיע לביקור.',
    'השגריר התורכי נפגש עם ראש עיריית בת־ים.',
    'תושבי בת ים וצבא טורקיה.',
  ];
  await openPastedPair(page, en.join('\n'), he.join('\n'));
  await expect(target(page)).toContainText('התורכי');
  // Both are clusters to resolve, under the "keep to one spelling" message rather than "one name".
  const turkish = page.getByTestId('cluster').filter({ hasText: 'תורכי' });
  await expect(turkish).toContainText('טורקי');
  await expect(page.getByText(/“תורכי”: this document mostly writes this word the other way/)).toBeVisible();
  // The spaced form is counted where its two words stand together.
  await expect(page.getByTestId('cluster').filter({ hasText: 'בת־ים' })).toContainText('בת ים ×1');
  // Resolving to the commoner way rewrites the form and keeps its prefix.
  await turkish.getByTestId('resolve-cluster').click();
  await page
    .getByTestId('cluster-resolver')
    .getByRole('radio', { name: /^טורקי/ })
    .check();
  await page.getByTestId('apply-cluster').click();
  await expect(target(page)).toContainText('השגריר הטורקי');
  await expect(turkish).toHaveCount(0);
  await page.getByTestId('ui-language').selectOption('he');
  await expect(page.getByText(/„בת־ים”: במסמך זה המילה נכתבת לרוב בכתיב האחר/)).toBeVisible();
  await page.screenshot({ path: shot('spelling-way-he') });
  await page.getByTestId('ui-language').selectOption('en');
});

test('a gentilic written -ני and -אי is listed under word forms, apart from the names, and resolved', async ({
  page,
}) => {
  const en = [
    'The American envoy arrived in Beirut.',
    'The American administration backed the deal.',
    'An American official said so.',
    'Rastan fell. The army left Rastan.',
  ];
  const he = [
    'השליח האמריקאי הגיע לביירות.',
    'הממשל האמריקני תמך בעסקה.',
    'גורם אמריקאי אמר כך.',
    'רסטן נפלה. הצבא עזב את ראסטן.',
  ];
  await openPastedPair(page, en.join('\n'), he.join('\n'));
  await expect(target(page)).toContainText('האמריקני');
  // The ending is the word's form: its own group, under its own heading; the name stays a name.
  const forms = page.getByTestId('group-word-forms');
  await expect(forms.locator('summary')).toContainText('Word forms');
  await expect(forms).toContainText('האמריקני');
  await expect(page.getByTestId('group-name-variants')).toContainText('ראסטן');
  await expect(page.getByTestId('group-name-variants')).not.toContainText('האמריקני');
  await page.screenshot({ path: shot('word-forms-en') });
  // It is still a cluster to resolve at once, like a name's.
  const american = page.getByTestId('cluster').filter({ hasText: 'אמריקני' });
  await american.getByTestId('resolve-cluster').click();
  await page
    .getByTestId('cluster-resolver')
    .getByRole('radio', { name: /^אמריקאי/ })
    .check();
  await page.getByTestId('apply-cluster').click();
  await expect(target(page)).toContainText('הממשל האמריקאי');
  await expect(forms).toHaveCount(0);
  await page.getByTestId('ui-language').selectOption('he');
  await expect(page.getByTestId('group-name-variants').locator('summary')).toContainText(
    'כתיב שונה לאותו שם',
  );
  await page.getByTestId('ui-language').selectOption('en');
});

test('a name mistyped once is shown beside its usual spelling and fixed with its prefix kept', async ({
  page,
}) => {
  const en = [
    'Chief executive Plantker announced layoffs.',
    'According to Plantker, the crisis will pass.',
    'Staff said Plantker was right.',
    'Yesterday Plantker said the decision was final.',
  ];
  const he = [
    'המנכ"ל פלנטקר הודיע על פיטורים.',
    'לדברי פלנטקר, המשבר יחלוף.',
    'בחברה אמרו כי פלנטקר צדק.',
    'אתמול אמר ופלטנקר כי ההחלטה סופית.',
  ];
  await openPastedPair(page, en.join('\n'), he.join('\n'));
  await expect(target(page)).toContainText('ופלטנקר');
  // Two letters swapped in a name written once: one cluster with the usual spelling, counted.
  const slip = page.getByTestId('cluster').filter({ hasText: 'פלטנקר' });
  await expect(slip).toContainText('פלנטקר ×3');
  await expect(slip).toContainText('פלטנקר ×1');
  await expect(page.getByText(/“פלטנקר” looks like a typing slip of “פלנטקר”/)).toBeVisible();
  await page.getByTestId('ui-language').selectOption('he');
  await expect(page.getByText(/„פלטנקר” נראה כטעות הקלדה של „פלנטקר”/)).toBeVisible();
  await page.screenshot({ path: shot('typing-slip-he') });
  await page.getByTestId('ui-language').selectOption('en');
  await slip.getByTestId('resolve-cluster').click();
  await page
    .getByTestId('cluster-resolver')
    .getByRole('radio', { name: /^פלנטקר/ })
    .check();
  await page.getByTestId('apply-cluster').click();
  await expect(target(page)).toContainText('אתמול אמר ופלנטקר כי');
  await expect(slip).toHaveCount(0);
});

test('a word typed twice in a row is shown in both UI languages and fixed in one click', async ({ page }) => {
  const en = [
    'The army spokesman said the body was found.',
    'The ministers will meet in Paris to discuss it.',
  ];
  const he = ['דובר הצבא פרסם כי כי אותרה גופה.', 'השרים ייפגשו בפריז כדי לדון לדון בנושא.'];
  await openPastedPair(page, en.join('\n'), he.join('\n'));
  await expect(target(page)).toContainText('לדון לדון');
  const twice = page.locator('.finding-item').filter({ hasText: 'is typed twice in a row' });
  await expect(twice).toHaveCount(2);
  await page.getByTestId('ui-language').selectOption('he');
  await expect(page.locator('.finding-item').filter({ hasText: 'מוקלדת פעמיים ברצף' })).toHaveCount(2);
  await page.getByTestId('ui-language').selectOption('en');
  await twice.filter({ hasText: 'לדון' }).click();
  await expect(page.getByTestId('finding-details')).toContainText('“לדון” is typed twice in a row');
  await page.getByTestId('finding-details').getByTestId('apply-suggestion').click();
  await expect(target(page)).toContainText('כדי לדון בנושא');
  await expect(twice).toHaveCount(1);
  await page.getByTestId('undo').click();
  await expect(target(page)).toContainText('כדי לדון לדון בנושא');
});

test('a prefix letter typed apart and a Hebrew year without gershayim are shown and fixed', async ({
  page,
}) => {
  const en = [
    'His parents moved to Jerusalem when he was a child.',
    'The synagogue was built in 5653 (1893).',
    'In 5653 the community grew.',
  ];
  const he = [
    'הוריו עברו לגור ב ירושלים כשהיה ילד.',
    'בית הכנסת נבנה בתרנג (1893).',
    'בשנת תרנ"ג גדלה הקהילה.',
  ];
  await openPastedPair(page, en.join('\n'), he.join('\n'));
  await expect(target(page)).toContainText('ב ירושלים');
  const apart = page.locator('.finding-item').filter({ hasText: 'is typed apart from its word' });
  const numeral = page.locator('.finding-item').filter({ hasText: 'without its gershayim' });
  await expect(apart).toHaveCount(1);
  await expect(numeral).toHaveCount(1);
  await page.getByTestId('ui-language').selectOption('he');
  await expect(page.locator('.finding-item').filter({ hasText: 'מוקלדת בנפרד מהמילה' })).toHaveCount(1);
  await expect(page.locator('.finding-item').filter({ hasText: 'נכתב בלי גרשיים' })).toHaveCount(1);
  await page.getByTestId('ui-language').selectOption('en');
  await apart.click();
  await page.getByTestId('finding-details').getByTestId('apply-suggestion').click();
  await expect(target(page)).toContainText('לגור בירושלים כשהיה');
  await expect(apart).toHaveCount(0);
  await numeral.click();
  await page.getByTestId('finding-details').getByTestId('apply-suggestion').click();
  await expect(target(page)).toContainText('נבנה בתרנ״ג (1893)');
  await expect(numeral).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(target(page)).toContainText('נבנה בתרנג (1893)');
});

// Last: it writes to the host's personal glossary, which later tests in this run would then see.
test('a resolved spelling can be saved to the glossary', async ({ page }) => {
  await rastanCluster(page).getByTestId('resolve-cluster').click();
  await page.getByTestId('variant-option').first().check();
  await page.getByTestId('save-to-glossary').click();
  await expect(page.getByTestId('glossary-saved')).toHaveText('Saved to your glossary.');
  // The glossary now deprecates ראסטן: the checks worker reloads it and the glossary check flags it.
  await expect(target(page).locator('.finding.check-glossary').filter({ hasText: 'ראסטן' })).toHaveCount(1);
});
