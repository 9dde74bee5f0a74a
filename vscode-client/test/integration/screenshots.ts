// Takes the README's screenshots in a real workbench: a squiggle, a hover with the rule's
// documentation, and the Problems panel.
import * as path from 'node:path';
import type { Page } from 'playwright-core';

export async function takeScreenshots(page: Page, base: string, workspace: string, out: string, log: (line: string) => void): Promise<void> {
  const authority = new URL(base).host;
  const payload = [['openFile', `vscode-remote://${authority}${path.join(workspace, 'Dockerfile')}`]];
  await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  log('workbench loaded');
  try {
    await shoot(page, out, log);
  } catch (error) {
    await page.screenshot({ path: path.join(out, 'failed.png') });
    throw error;
  }
}

async function shoot(page: Page, out: string, log: (line: string) => void): Promise<void> {
  const squiggle = await page.waitForSelector('.squiggly-warning, .squiggly-error', { timeout: 90_000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(out, 'squiggle.png') });
  log('squiggle.png');

  // hover the right-most squiggle of the first line: the "latest" tag
  const boxes = [];
  for (const element of await page.$$('.squiggly-warning, .squiggly-error')) {
    const b = await element.boundingBox();
    if (b) {
      boxes.push(b);
    }
  }
  const top = Math.min(...boxes.map((b) => b.y));
  const box = boxes.filter((b) => b.y === top).sort((a, b) => b.x - a.x)[0] ?? (await squiggle.boundingBox());
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
