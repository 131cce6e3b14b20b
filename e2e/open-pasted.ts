// Opens a pair the way a translator pastes one: Open…, the Paste tab, both texts, "Open pair".
import type { Page } from '@playwright/test';

export async function openPastedPair(page: Page, source: string, target: string): Promise<void> {
  await page.getByTestId('open-button').click();
  await page.getByTestId('paste-tab').click();
  await page.getByTestId('paste-source').fill(source);
  await page.getByTestId('paste-target').fill(target);
  await page.getByTestId('open-pair').click();
}
