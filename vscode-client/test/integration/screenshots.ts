// Takes the README's screenshots in a real workbench: a squiggle, a hover with the rule's
// documentation, and the Problems panel.
import * as path from 'node:path';
import type { Page } from 'playwright-core';

export async function takeScreenshots(page: Page, base: string, workspace: string, out: string, log: (line: string) => void): Promise<void> {
  await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.waitForTimeout(3000);
  log('workbench loaded');
  // F1 → "Go to File" with the Dockerfile
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { timeout: 10_000 });
  await page.keyboard.type('Dockerfile');
  await page.waitForTimeout(1000);
  await page.keyboard.press('Enter');
  const squiggle = await page.waitForSelector('.squiggly-warning, .squiggly-error', { timeout: 90_000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(out, 'squiggle.png') });
  log('squiggle.png');

  const box = await squiggle.boundingBox();
  if (box) {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('.monaco-hover:not(.hidden)', { timeout: 20_000 });
    await page.waitForTimeout(1000);
    await page.screenshot({ path: path.join(out, 'hover.png') });
    log('hover.png');
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  }

  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 20_000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(out, 'problems.png') });
  log('problems.png');
}
