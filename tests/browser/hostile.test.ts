import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, useBrowser, openPage } from './browser';

// tests/fixtures/hostile-corpus is added to the corpus for the browser-test build (see package.json).
const VIEWS = [
  ['library', '/'],
  ['reading page', '/read/hostile-markup'],
  ['reading page in Traditional', '/read/hostile-markup?script=hant-tw'],
  ['term page', `/terms/${encodeURIComponent('网络法治')}`],
  ['search results', '/search?q=alert'],
] as const;

const browser = useBrowser();

async function expectInert(page: Page, dialogs: string[]) {
  expect(dialogs).toEqual([]);
  expect(await page.title()).not.toBe('pwned');
  expect(await page.locator('main img').count()).toBe(0);
  expect(await page.locator('main script').count()).toBe(0);
  expect(await page.locator('main b').count()).toBe(0);
}

describe('markup in corpus text is shown as text', () => {
  it.each(VIEWS)('%s', async (_name, path) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${baseURL()}${path}`);
    await expectInert(page, dialogs);
    expect(await page.locator('main').textContent()).toMatch(/<script>alert\(1\)<\/script>|<img src=x onerror/);
    await context.close();
  });

  it('keeps the pop-up working beside hostile text', async () => {
    const page = await openPage(browser(), '/read/hostile-markup');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page
      .locator('.bead-zh [data-lookup]', { hasText: /^网络法治$/ })
      .first()
      .click();
    await page.locator('[data-word-popover]').waitFor();
    expect(await page.locator('.bead-en').filter({ hasText: 'onerror' }).first().textContent()).toContain('<img src=x onerror=');
    await expectInert(page, dialogs);
    await page.context().close();
  });
});
