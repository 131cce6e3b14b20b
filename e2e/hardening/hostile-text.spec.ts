// Hostile documents through the UI (issue 7): a pair whose text is HTML and script is shown as text and
// never executed, in the side-by-side view, the paragraph editor, the changes view and the glossary
// view; bad files (binary, NUL bytes, 50 MiB of text, a broken DOCX, a zip-bomb DOCX) get a clear
// message in the UI language and the app keeps working. Web host only: the files come from the
// workspace picker (Electron's dialog is native).
import { copyFile, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { translate } from '../../shared/i18n/resources';
import { maxDocxUnpackedBytes } from '../../electron/services/docx-unpacked-size';
import { maxTextBytes } from '../../electron/services/files';
import { expect, test } from '../fixtures';
import { ensureHostileCorpus, scriptPayloads } from '../fixtures/hostile/make-hostile';

const workspace = () => process.env.NUSACH_WORKSPACE as string;
const target = (page: Page) => page.getByTestId('target-pane');

test.beforeAll(async () => {
  const corpus = await ensureHostileCorpus();
  const copies: [string, string][] = [
    ['html-script.en.txt', 'hostile-en.txt'],
    ['html-script.he.txt', 'hostile-he.txt'],
    ['binary.bin', 'photo.txt'],
    ['truncated.docx', 'broken.docx'],
    ['zip-bomb.docx', 'bomb.docx'],
    ['html-script.tbx', 'hostile-glossary.tbx'],
    ['html-script.tbx', 'doomed-glossary.tbx'],
    ['nul-bytes.txt', 'nul.txt'],
    ['huge-50mb.txt', 'huge.txt'],
  ];
  for (const [from, to] of copies) await copyFile(corpus.get(from) as string, join(workspace(), to));
});

// Playwright reads a hook's fixtures from its first parameter's pattern; this one needs none.
// eslint-disable-next-line no-empty-pattern
test.beforeEach(({}, testInfo) => {
  test.skip(
    testInfo.project.name !== 'web',
    "the workspace picker is the web host's dialog; Electron's is native",
  );
});

/** Everything that would show an executed payload: dialogs, CSP-blocked attempts, injected elements. */
async function watchForExecution(page: Page): Promise<() => Promise<void>> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.evaluate(() => {
    const record = window as unknown as { cspViolations: string[] };
    record.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      record.cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      ),
    );
  });
  return async () => {
    expect(dialogs).toEqual([]);
    const dom = await page.evaluate(() => ({
      // An injected handler or script would be blocked by script-src and reported; style-src reports are
      // not about executing anything.
      violations: (window as unknown as { cspViolations: string[] }).cspViolations.filter((v) =>
        v.startsWith('script-src'),
      ),
      injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]').length,
      inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    }));
    expect(dom).toEqual({ violations: [], injected: 0, inlineScripts: 0 });
  };
}

async function openFromWorkspace(page: Page, files: { source?: string; target: string }): Promise<void> {
  await page.getByTestId('open-button').click();
  const dialog = page.getByTestId('open-dialog');
  if (files.source) {
    await dialog.getByTestId('choose-source').click();
    await dialog.getByTestId('picker-entry').filter({ hasText: files.source }).click();
  }
  await dialog.getByTestId('choose-target').click();
  await dialog.getByTestId('picker-entry').filter({ hasText: files.target }).click();
}

test('HTML and script in a translation are text in the view, the editor and the changes view', async ({
  page,
}) => {
  const assertNothingRan = await watchForExecution(page);
  await openFromWorkspace(page, { source: 'hostile-en.txt', target: 'hostile-he.txt' });
  await page.getByTestId('open-dialog').getByTestId('open-pair').click();

  for (const payload of scriptPayloads) await expect(target(page)).toContainText(payload);
  await expect(page.getByTestId('source-pane')).toContainText(scriptPayloads[0]);

  await target(page).getByTestId('target-paragraph').first().click();
  const editor = page.getByTestId('paragraph-editor').locator('.cm-content');
  await expect(editor).toContainText(scriptPayloads[0]);
  await editor.press('Control+End');
  await editor.pressSequentially(' <b onmouseover=alert(4)>נוסף</b>', { delay: 10 });
  await page.keyboard.press('Escape');
  await expect(target(page)).toContainText('<b onmouseover=alert(4)>נוסף</b>');

  await page.getByTestId('open-diff').click();
  const diff = page.getByTestId('diff-view');
  await expect(diff).toContainText(scriptPayloads[0]);
  await expect(diff.getByTestId('diff-insert').first()).toContainText('<b');
  await page.mouse.move(700, 450);
  await assertNothingRan();
});

test('HTML and script in a glossary file are text in the glossary view', async ({ page }) => {
  const assertNothingRan = await watchForExecution(page);
  await page.getByTestId('tab-glossary').click();
  const panel = page.getByTestId('glossary-panel');
  await panel.getByTestId('glossary-open').click();
  await page.getByTestId('picker-entry').filter({ hasText: 'hostile-glossary.tbx' }).click();
  await expect(panel.getByTestId('glossary-source')).toHaveValue(/hostile-glossary\.tbx$/);
  const card = panel.getByTestId('glossary-entry');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(scriptPayloads[0]);
  await expect(card).toContainText(`חומס ${scriptPayloads[1]}`);
  await card.hover();
  await assertNothingRan();
  // Closed again, so the other specs see only the personal glossary.
  await panel.getByTestId('glossary-close-file').click();
  await expect(panel.getByTestId('glossary-source')).toHaveValue('personal');
});

test('a glossary file deleted while open: the view says so, keeps the entries, and saving restores it', async ({
  page,
}) => {
  const path = join(workspace(), 'doomed-glossary.tbx');
  await page.getByTestId('tab-glossary').click();
  const panel = page.getByTestId('glossary-panel');
  await panel.getByTestId('glossary-open').click();
  await page.getByTestId('picker-entry').filter({ hasText: 'doomed-glossary.tbx' }).click();
  await expect(panel.getByTestId('glossary-entry')).toHaveCount(1);
  await rm(path);
  await expect(panel.getByTestId('glossary-file-problem')).toHaveText(
    translate('en', 'errors:glossary-file-gone', { file: 'doomed-glossary.tbx' }),
  );
  await expect(panel.getByTestId('glossary-entry')).toHaveCount(1);
  await panel.getByTestId('glossary-save').click();
  await expect(panel.getByTestId('glossary-file-problem')).toHaveCount(0);
  expect(await readFile(path, 'utf8')).toContain('חומס');
  await panel.getByTestId('glossary-close-file').click();
  await expect(panel.getByTestId('glossary-source')).toHaveValue('personal');
});

const badFiles = [
  ['photo.txt', 'errors:text-binary', {}],
  ['broken.docx', 'errors:docx-unreadable', {}],
  ['bomb.docx', 'errors:docx-too-large-unpacked', { megabytes: maxDocxUnpackedBytes / 1024 / 1024 }],
  ['nul.txt', 'errors:text-binary', {}],
  ['huge.txt', 'errors:file-too-large', { megabytes: maxTextBytes / 1024 / 1024 }],
] as const;

for (const language of ['en', 'he'] as const) {
  test(`bad files get a clear message in the UI language (${language}) and the app stays responsive`, async ({
    page,
  }) => {
    await expect(target(page)).toContainText('חומס');
    if (language === 'he') await page.getByTestId('ui-language').selectOption('he');
    for (const [file, key, params] of badFiles) {
      await openFromWorkspace(page, { target: file });
      await expect(page.getByTestId('open-error')).toHaveText(translate(language, key, params));
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('open-dialog')).toHaveCount(0);
    }
    // Still the same pair, and still answering: the language switch works at once.
    await expect(target(page)).toContainText('חומס');
    await page.getByTestId('ui-language').selectOption(language === 'he' ? 'en' : 'he');
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'he' ? 'ltr' : 'rtl');
    await page.getByTestId('ui-language').selectOption('en');
  });
}
