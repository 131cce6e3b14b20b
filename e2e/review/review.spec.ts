// Review and export as a reviewer meets them on the web host: save a project and get everything back
// on reopening; a host killed mid-session and the work recovered; every export format from the seed
// pair after the HTS cluster is resolved, read back; the changes view in both UI languages.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { startWebHostProcess } from '../web-host-process';
import { readDocx } from '../../electron/testing/docx-reader';
import { stateFolderName } from '../../electron/services/workspace';

const shot = (name: string) => `e2e/screenshots/review-${name}.png`;
const target = (page: Page) => page.getByTestId('target-pane');
const schemas = join(import.meta.dirname, '..', '..', '..', 'shared', 'schemas');
const seed = async () =>
  (await readFile(join(import.meta.dirname, '..', '..', 'shared', 'samples', 'article.he.txt'), 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '');

/** Every חיית becomes חייאת through the editor's own cluster resolver: one undoable action. */
async function resolveHts(page: Page): Promise<void> {
  await page.getByTestId('cluster').filter({ hasText: 'חייאת' }).getByTestId('resolve-cluster').click();
  await page.getByTestId('other-spelling').fill('חייאת');
  await page.getByTestId('apply-cluster').click();
  await expect(target(page)).not.toContainText('חיית');
}

async function saveAs(page: Page, name: string): Promise<void> {
  await page.getByTestId('project-save-as').click();
  await page.getByTestId('path-input').fill(name);
  await page.getByTestId('path-ok').click();
  await expect(page.getByTestId('project-name')).toHaveText(name.replace(/\.nusach$/, ''));
}

test.beforeEach(async ({ page }) => {
  await expect(target(page)).toContainText('חומס');
});

test('a saved project reopens with the text, the decisions and the original it was reviewed against', async ({
  page,
}) => {
  await resolveHts(page);
  await page.getByTestId('reviewed').nth(2).check();
  await expect(page.getByTestId('dirty-marker')).toBeVisible();
  await saveAs(page, 'hts-review.nusach');
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
  const saved = JSON.parse(
    await readFile(join(process.env.NUSACH_WORKSPACE as string, 'hts-review.nusach'), 'utf8'),
  );
  expect(saved.reviewed).toEqual([2]);
  expect(saved.current).toContain('חייאת תחריר');
  expect(saved.original.text).toContain('חיית תחריר');

  await page.reload();
  await expect(target(page)).toContainText('חיית');
  await page.getByTestId('project-recent').click();
  await page.getByTestId('recent-project').filter({ hasText: 'hts-review.nusach' }).click();
  await expect(target(page)).not.toContainText('חיית');
  await expect(page.getByTestId('project-name')).toHaveText('hts-review');
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
  await expect(page.getByTestId('reviewed').nth(2)).toBeChecked();
  await expect(page.getByTestId('reviewed').nth(1)).not.toBeChecked();
  // The original came back too: the changes view still shows what was changed against it.
  await expect(page.getByTestId('open-diff')).toHaveText(/\(1\)|\(2\)/);
});

test('closing the page with unsaved work asks first; Ctrl+S offers to save', async ({ page }) => {
  await resolveHts(page);
  await expect(page.getByTestId('dirty-marker')).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('path-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.accept();
    }),
  );
  const closed = new Promise((resolve) => page.once('close', resolve));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  await closed;
});

test('work in a host killed mid-session is offered back and restored', async ({ browser }) => {
  const workspace = await mkdtemp(join(tmpdir(), 'nusach-e2e-recovery-'));
  const first = await startWebHostProcess(workspace);
  const page = await browser.newPage();
  try {
    await page.goto(first.url);
    await expect(target(page)).toContainText('חומס');
    await resolveHts(page);
    // The autosave lands within a few seconds of the edit.
    const recovery = join(workspace, stateFolderName, 'recovery', 'project.json');
    await expect
      .poll(
        () =>
          stat(recovery).then(
            () => true,
            () => false,
          ),
        { timeout: 10_000 },
      )
      .toBe(true);
    first.process.kill('SIGKILL');

    const second = await startWebHostProcess(workspace);
    try {
      await page.goto(second.url);
      await expect(target(page)).toContainText('חיית');
      await expect(page.getByTestId('recovery-prompt')).toBeVisible();
      await page.getByTestId('recovery-restore').click();
      await expect(target(page)).not.toContainText('חיית');
      await expect(target(page)).toContainText('חייאת תחריר');
      await expect(page.getByTestId('dirty-marker')).toBeVisible();
      await expect(page.getByTestId('recovery-prompt')).toHaveCount(0);
    } finally {
      second.process.kill();
    }
  } finally {
    first.process.kill();
    await page.close();
  }
});

test('every export format from the seed pair after resolving HTS, read back', async ({ page }) => {
  const original = await seed();
  await resolveHts(page);
  const current = original.map((line) => line.replaceAll('חיית תחריר', 'חייאת תחריר'));
  await page.getByTestId('open-export').click();
  const files: Record<string, string> = {
    docx: 'hts.tracked.docx',
    'docx-clean': 'hts.docx',
    txt: 'hts.txt',
    xliff: 'hts.xliff',
    tmx: 'hts.tmx',
    html: 'hts.report.html',
    csv: 'hts.report.csv',
  };
  for (const [format, name] of Object.entries(files)) {
    await page.getByTestId(`export-format-${format}`).check();
    await page.getByTestId('export-path').fill(name);
    await page.getByTestId('export-run').click();
    await expect(page.getByTestId('export-status')).toContainText(name);
  }
  await page.getByTestId('export-close').click();
  const workspace = process.env.NUSACH_WORKSPACE as string;
  const read = (name: string) => readFile(join(workspace, name));

  const tracked = await readDocx(await read(files.docx as string));
  expect(tracked.accepted).toEqual(current);
  expect(tracked.rejected).toEqual(original);
  expect(tracked.insertions.length).toBeGreaterThan(0);
  expect((await readDocx(await read(files['docx-clean'] as string))).accepted).toEqual(current);
  expect((await read(files.txt as string)).toString('utf8').split('\n').filter(Boolean)).toEqual(current);
  const lint = (file: string, mode: string, schema: string) =>
    spawnSync('xmllint', ['--noout', '--nonet', mode, join(schemas, schema), join(workspace, file)], {
      encoding: 'utf8',
    });
  expect(lint(files.xliff as string, '--schema', 'xliff2.0/xliff_core_2.0.xsd').status).toBe(0);
  expect(lint(files.tmx as string, '--dtdvalid', 'tmx/tmx14.dtd').status).toBe(0);
  const xliff = (await read(files.xliff as string)).toString('utf8');
  for (const line of current)
    expect(xliff).toContain(line.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'));
  const html = (await read(files.html as string)).toString('utf8');
  expect(html).toMatch(/<html lang="en" dir="ltr">/);
  expect(html).toContain('decision-fixed');
  expect([...(await read(files.csv as string)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
});

test('the changes view shows, counts and reverts word changes', async ({ page }) => {
  await resolveHts(page);
  await page.getByTestId('open-diff').click();
  const view = page.getByTestId('diff-view');
  await expect(view.getByTestId('diff-delete').first()).toHaveText('חיית');
  await expect(view.getByTestId('diff-insert').first()).toHaveText('חייאת');
  await expect(view.locator('.diff-text').first()).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('diff-summary')).toContainText('insertions');
  await page.screenshot({ path: shot('diff-en') });

  const changed = await page.getByTestId('diff-paragraph').count();
  await page.getByTestId('diff-revert').first().click();
  await expect(page.getByTestId('diff-paragraph')).toHaveCount(changed - 1);
  await page.getByTestId('diff-close').click();
  await expect(target(page)).toContainText('חיית');
});

test('the changes view in the Hebrew UI keeps the Hebrew right to left', async ({ page }) => {
  await page.getByTestId('ui-language').selectOption('he');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  try {
    await resolveHts(page);
    await page.getByTestId('open-diff').click();
    await expect(page.getByTestId('diff-summary')).toContainText('הוספות');
    await expect(page.getByTestId('diff-view').locator('.diff-text').first()).toHaveAttribute('dir', 'rtl');
    await expect(page.getByTestId('diff-revert').first()).toBeVisible();
    await page.screenshot({ path: shot('diff-he') });
    await page.getByTestId('diff-close').click();
  } finally {
    await page.getByTestId('ui-language').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  }
});
