// The glossary as a translator uses it, on the web host: select "Arida" in the source and ארידה in the
// target, add an entry from the selection that forbids that spelling, see the engine flag it at once,
// export the glossary to TBX, delete the entry (the flag goes), import the file back (the flag returns).
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import type { GlossaryEntry } from '../../shared/glossary/model';
import { writeTbx } from '../../shared/glossary/tbx';

// The files these specs read and write live in the web host's workspace (NUSACH_WORKSPACE) and are
// chosen with its in-app picker; Electron's native dialogs cannot be driven from here.
test.skip(({ electronApp }) => electronApp !== null, 'web host only: workspace files and picker');

const glossaryFindings = (page: Page) => page.getByTestId('group-glossary');
const entry = (page: Page) => page.locator('[data-testid="glossary-entry"][data-entry-id="arida"]');

/** Selects `word` inside the given pane's rendered text, as a reader dragging over it would. */
async function selectWord(page: Page, pane: 'source-pane' | 'target-pane', word: string): Promise<void> {
  await page.getByTestId(pane).evaluate((root, text) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`"${text}" not found`);
  }, word);
  await page.mouse.move(1, 1);
  await page.evaluate(() => document.dispatchEvent(new Event('pointerup')));
}

test('add an entry from the editor, see it used at once, export, delete, import it back', async ({
  page,
}) => {
  await expect(page.getByTestId('target-pane')).toContainText('ארידה');
  await page.getByTestId('tab-glossary').click();
  const panel = page.getByTestId('glossary-panel');
  await expect(panel).toBeVisible();
  await expect(entry(page)).toHaveCount(0);

  await selectWord(page, 'source-pane', 'Arida');
  await selectWord(page, 'target-pane', 'ארידה');
  await panel.getByTestId('glossary-add-selection').click();
  const dialog = page.getByTestId('glossary-add-dialog');
  await expect(dialog.getByTestId('entry-english')).toHaveValue('Arida');
  await expect(dialog.getByTestId('entry-preferred')).toHaveValue('ארידה');
  // The Academy's rules write ع as ע and ض as צ׳: the selected spelling becomes the forbidden one.
  await dialog.getByTestId('entry-preferred').fill("עריצ'ה");
  await dialog.getByTestId('entry-deprecated').fill('ארידה');
  await dialog.getByTestId('entry-save').click();
  await expect(dialog).toHaveCount(0);
  await expect(entry(page)).toContainText("עריצ'ה");

  await page.getByTestId('tab-findings').click();
  await expect(glossaryFindings(page)).toContainText('ארידה');

  // With the caret on the word, the glossary says what it knows about it.
  const paragraph = page.getByTestId('target-paragraph').filter({ hasText: 'ארידה' });
  const before = ((await paragraph.textContent()) ?? '').indexOf('ארידה');
  await paragraph.click();
  const editor = page.getByTestId('paragraph-editor').locator('.cm-content');
  await expect(editor).toBeFocused();
  await editor.press('Control+Home');
  for (let i = 0; i < before + 2; i++) await editor.press('ArrowLeft'); // RTL: visual left moves forward
  await expect(page.getByTestId('glossary-caret-hit')).toContainText('Arida');
  await expect(page.getByTestId('glossary-caret-hit')).toContainText("עריצ'ה");
  await editor.press('Escape');
  await expect(page.getByTestId('glossary-caret-hit')).toHaveCount(0);

  await page.getByTestId('tab-glossary').click();
  await expect(panel.getByTestId('glossary-export-tbx')).toBeEnabled();
  await panel.getByTestId('glossary-export-tbx').click();
  await page.getByTestId('path-input').fill('e2e-glossary.tbx');
  await page.getByTestId('path-ok').click();
  await expect
    .poll(() =>
      readFile(join(process.env.NUSACH_WORKSPACE ?? '', 'e2e-glossary.tbx'), 'utf8').catch(() => ''),
    )
    .toContain('deprecatedTerm-admn-sts');

  await entry(page).getByTestId('entry-delete').click();
  await expect(entry(page)).toHaveCount(0);
  await expect(panel.getByTestId('glossary-undo-banner')).toBeVisible();
  await page.getByTestId('tab-findings').click();
  await expect(glossaryFindings(page).filter({ hasText: 'ארידה' })).toHaveCount(0);

  await page.getByTestId('tab-glossary').click();
  await panel.getByTestId('glossary-import').click();
  await page.getByTestId('picker-entry').filter({ hasText: 'e2e-glossary.tbx' }).click();
  await expect(panel.getByTestId('import-report')).toContainText('1');
  await expect(entry(page)).toContainText('ארידה');
  await page.getByTestId('tab-findings').click();
  await expect(glossaryFindings(page)).toContainText('ארידה');

  // Leave the personal glossary as the other specs expect it.
  await page.getByTestId('tab-glossary').click();
  await entry(page).getByTestId('entry-delete').click();
  await expect(entry(page)).toHaveCount(0);
});

test('a glossary file: open it, search both languages, delete with undo, merge two entries, close it', async ({
  page,
}) => {
  await page.getByTestId('tab-glossary').click();
  const panel = page.getByTestId('glossary-panel');
  // A colleague's file in the workspace, so the starter names stay out of the personal glossary the
  // other specs use. (An empty personal glossary cannot be exported as TBX: its body needs an entry.)
  const talbiseh: GlossaryEntry = {
    id: 'talbiseh',
    kind: 'place',
    source: ['Talbiseh'],
    terms: [{ text: 'תלביסה', status: 'preferred' }],
  };
  await writeFile(
    join(process.env.NUSACH_WORKSPACE ?? '', 'e2e-starter.tbx'),
    writeTbx({ entries: [talbiseh] }),
  );
  await panel.getByTestId('glossary-open').click();
  await page.getByTestId('picker-entry').filter({ hasText: 'e2e-starter.tbx' }).click();
  await expect(panel.getByTestId('glossary-source')).toHaveValue(/e2e-starter\.tbx$/);

  await panel.getByTestId('glossary-starter').click();
  await expect(panel.getByTestId('import-report')).toBeVisible();
  await panel.getByTestId('glossary-search').fill('חאלב');
  await expect(panel.getByTestId('glossary-entry')).toHaveCount(1);
  await expect(panel.getByTestId('glossary-entry')).toContainText('Aleppo');
  await panel.getByTestId('glossary-search').fill('Khan');
  await expect(panel.getByTestId('glossary-entry').first()).toContainText("ח'אן יונס");

  await panel.getByTestId('glossary-entry').first().getByTestId('entry-delete').click();
  await expect(panel.getByTestId('glossary-entry')).toHaveCount(0);
  await panel.getByTestId('glossary-undo').click();
  await expect(panel.getByTestId('glossary-entry')).toHaveCount(1);

  // Two entries that are one name: merge them, the first keeps the other's names and spellings.
  await panel.getByTestId('glossary-search').fill('Hamah');
  await panel.getByTestId('glossary-new').click();
  await panel.getByTestId('entry-english').fill('Hamah city');
  await panel.getByTestId('entry-preferred').fill('חמא');
  await panel.getByTestId('entry-save').click();
  const hama = panel.getByTestId('glossary-entry');
  await expect(hama).toHaveCount(2);
  await hama.nth(0).getByRole('checkbox').check();
  await hama.nth(1).getByRole('checkbox').check();
  await panel.getByTestId('glossary-merge').click();
  await page.getByTestId('glossary-merge-dialog').getByRole('radio').first().check();
  await page.getByTestId('glossary-merge-confirm').click();
  await expect(hama).toHaveCount(1);
  await expect(hama).toContainText('חמה');
  await expect(hama).toContainText('חמא');

  await panel.getByTestId('glossary-search').fill('');
  await page.screenshot({ path: 'e2e/screenshots/glossary-en.png' });
  // The Hebrew UI mirrors the panel; English names stay left-to-right, Hebrew spellings right-to-left.
  await page.getByTestId('ui-language').selectOption('he');
  await expect(page.getByTestId('tab-glossary')).toHaveText('מילון מונחים');
  await expect(panel.getByTestId('glossary-entry').first().locator('.entry-terms')).toHaveAttribute(
    'dir',
    'rtl',
  );
  await page.screenshot({ path: 'e2e/screenshots/glossary-he.png' });
  await page.getByTestId('ui-language').selectOption('en');

  // The starter forbids חאלב: the seed's "חאלב" is flagged while the file is open, and not after.
  await page.getByTestId('tab-findings').click();
  await expect(glossaryFindings(page)).toContainText('חאלב');
  await page.getByTestId('tab-glossary').click();
  await panel.getByTestId('glossary-close-file').click();
  // The file has unsaved changes (the starter names): closing asks first.
  await panel.getByTestId('glossary-close-discard').click();
  await expect(panel.getByTestId('glossary-source')).toHaveValue('personal');
  await page.getByTestId('tab-findings').click();
  await expect(glossaryFindings(page).filter({ hasText: 'חאלב' })).toHaveCount(0);
});

test('an empty glossary file cannot be exported as TBX, which needs an entry, but can as CSV', async ({
  page,
}) => {
  await writeFile(join(process.env.NUSACH_WORKSPACE ?? '', 'e2e-empty.tbx'), writeTbx({ entries: [] }));
  await page.getByTestId('tab-glossary').click();
  const panel = page.getByTestId('glossary-panel');
  await panel.getByTestId('glossary-open').click();
  await page.getByTestId('picker-entry').filter({ hasText: 'e2e-empty.tbx' }).click();
  await expect(panel.getByTestId('glossary-source')).toHaveValue(/e2e-empty\.tbx$/);
  await expect(panel.getByTestId('glossary-entry')).toHaveCount(0);
  const tbx = panel.getByTestId('glossary-export-tbx');
  await expect(tbx).toBeDisabled();
  await expect(tbx).toHaveAttribute('title', /at least one entry/);
  await expect(panel.getByTestId('glossary-export-csv')).toBeEnabled();
  await panel.getByTestId('glossary-close-file').click();
  await expect(panel.getByTestId('glossary-source')).toHaveValue('personal');
});

test('someone saves the shared file while we have unsaved edits: both kept, the clash decided', async ({
  page,
}) => {
  const workspace = process.env.NUSACH_WORKSPACE ?? '';
  const shared = join(workspace, 'e2e-shared.tbx');
  const homs = (note: string): GlossaryEntry => ({
    id: 'homs',
    kind: 'place',
    source: ['Homs'],
    terms: [{ text: 'חומס', status: 'preferred' }],
    note,
  });
  const saveElsewhere = async (entries: GlossaryEntry[]) => {
    await writeFile(`${shared}.tmp`, writeTbx({ entries }));
    await rename(`${shared}.tmp`, shared);
  };
  await saveElsewhere([homs('base')]);

  await page.getByTestId('tab-glossary').click();
  const panel = page.getByTestId('glossary-panel');
  await panel.getByTestId('glossary-open').click();
  await page.getByTestId('picker-entry').filter({ hasText: 'e2e-shared.tbx' }).click();
  const homsCard = panel.locator('[data-entry-id="homs"]');
  await homsCard.getByTestId('entry-edit').click();
  await panel.getByTestId('entry-note').fill('mine');
  await panel.getByTestId('entry-save').click();
  await expect(homsCard).toContainText('mine');

  await saveElsewhere([
    homs('theirs'),
    { id: 'idlib', kind: 'place', source: ['Idlib'], terms: [{ text: 'אידליב', status: 'preferred' }] },
  ]);
  await expect(panel.locator('[data-entry-id="idlib"]')).toBeVisible();
  await panel.getByTestId('glossary-resolve').click();
  const conflicts = page.getByTestId('glossary-conflicts');
  await expect(conflicts.getByTestId('glossary-conflict')).toContainText('mine');
  await expect(conflicts.getByTestId('glossary-conflict')).toContainText('theirs');
  await conflicts.getByTestId('take-theirs').click();
  await expect(conflicts.getByTestId('glossary-conflict')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(homsCard).toContainText('theirs');

  await panel.getByTestId('glossary-save').click();
  await expect.poll(() => readFile(shared, 'utf8')).toContain('אידליב');
  expect(await readFile(shared, 'utf8')).toContain('<note>theirs</note>');
  await panel.getByTestId('glossary-close-file').click();
  await expect(panel.getByTestId('glossary-source')).toHaveValue('personal');
});
