import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { backgroundOf, baseURL, hydrated, inViewport, isFocused, useBrowser, openPage } from './browser';

const ESSAY = '/read/qiushi-2024-14-self-confidence';

const browser = useBrowser();

/** The bead row whose Chinese cell is exactly `zh`. */
async function rowOfChinese(page: Page, zh: string) {
  const row = page.locator('[data-bead]').filter({ has: page.locator('.bead-zh p', { hasText: new RegExp(`^${zh}$`) }) });
  expect(await row.count()).toBe(1);
  return row;
}

describe('library page', () => {
  it('lists every document with both titles, kind and paragraph counts', async () => {
    const page = await openPage(browser(), '/');
    const cards = page.locator('main li');
    expect(await cards.count()).toBeGreaterThanOrEqual(3);
    const essay = cards.filter({ hasText: '必须坚持自信自立' });
    expect(await essay.count()).toBe(1);
    expect(await essay.textContent()).toContain('We must insist on self-confidence and self-reliance');
    expect(await essay.textContent()).toContain('80 Chinese · 88 English');
    expect(await essay.locator('[data-kind="bilingual"]').count()).toBe(1);
    // Whose English: the essays' comes from a blog post and reads as machine translation.
    expect(await essay.locator('[data-translation-kind="machine"]').textContent()).toContain('machine translation');
    const paper = cards.filter({ hasText: "The Construction of China's Internet Rule of Law in the New Era" });
    expect(await paper.locator('[data-translation-kind]').getAttribute('data-translation-kind')).toBe('machine');
    await page.context().close();
  });
});

describe('the first screen is the text', () => {
  const CYBER_LAW = '/read/qiushi-2024-14-cyber-law';
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`shows the first bead's text at ${viewport.width}x${viewport.height}, the terminology one line high until opened`, async () => {
      const page = await openPage(browser(), CYBER_LAW, { viewport });
      const summary = page.locator('[data-term-summary]');
      expect(await summary.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
      const line = await summary.locator('summary').boundingBox();
      expect(line!.height).toBeLessThan(40);
      // The first line of the first bead is on screen, not only its top edge: both sides side by side on a desktop; on a
      // phone the pair stacks, and the Chinese comes first.
      const first = page.locator('[data-bead]').first();
      for (const side of viewport.width >= 768 ? ['.bead-zh p', '.bead-en p'] : ['.bead-zh p']) {
        const box = await first.locator(side).first().boundingBox();
        expect(box!.y + 24).toBeLessThanOrEqual(viewport.height);
      }
      // The notes are one keystroke away: `t` opens the summary, with its strips and the checklist link.
      await page.keyboard.press('t');
      await expect.poll(() => summary.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
      expect(await isFocused(summary.locator('summary'))).toBe(true);
      expect(await summary.locator('[data-summary-term]').count()).toBeGreaterThanOrEqual(10);
      expect(await summary.getByRole('link', { name: 'Checklist of notes' }).isVisible()).toBe(true);
      await page.context().close();
    });
  }

  it('names whose translation the English is in the header', async () => {
    const page = await openPage(browser(), '/read/scio-2023-internet-rule-of-law-white-paper');
    const credit = page.locator('header [data-translation]');
    expect(await credit.locator('[data-translation-kind]').getAttribute('data-translation-kind')).toBe('machine');
    expect(await credit.textContent()).toContain("China's Law-Based Cyberspace Governance in the New Era");
    await page.context().close();
  });
});

describe('reading page', () => {
  it('pairs 十一 with "Eleven" and 二十六 with "Twenty-six" on the same row', async () => {
    const page = await openPage(browser(), ESSAY);
    for (const [zh, en] of [
      ['十一', 'Eleven'],
      ['二十六', 'Twenty-six'],
    ] as const) {
      const row = await rowOfChinese(page, zh);
      expect(await row.locator('.bead-en p').allTextContents()).toEqual([en]);
      const zhBox = await row.locator('.bead-zh').boundingBox();
      const enBox = await row.locator('.bead-en').boundingBox();
      expect(zhBox && enBox && Math.abs(zhBox.y - enBox.y)).toBeLessThan(2);
    }
    await page.context().close();
  });

  it('shows a lost section number as a row without Chinese counterpart', async () => {
    const page = await openPage(browser(), ESSAY);
    const row = page.locator('[data-bead]').filter({ has: page.locator('.bead-en p', { hasText: /^One$/ }) });
    expect(await row.count()).toBe(1);
    expect(await row.locator('.bead-zh').textContent()).toMatch(/No counterpart/);
    await page.context().close();
  });

  it('highlights the partner cell while one side is hovered', async () => {
    const page = await openPage(browser(), ESSAY);
    const row = await rowOfChinese(page, '十一');
    const partner = row.locator('.bead-en');
    const before = await backgroundOf(partner);
    await row.locator('.bead-zh').hover();
    await expect.poll(() => backgroundOf(partner)).not.toBe(before);
    await page.mouse.move(0, 0);
    await expect.poll(() => backgroundOf(partner)).toBe(before);
    await page.context().close();
  });

  it('scrolls a permalink to its bead', async () => {
    const page = await openPage(browser(), `${ESSAY}#b40`);
    await expect.poll(() => inViewport(page.locator('#b40'))).toBe(true);
    expect(await inViewport(page.locator('#b2'))).toBe(false);
    await page.context().close();
  });

  it('copies a bead link, and says so only when the clipboard took it', async () => {
    const page = await openPage(browser(), ESSAY);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const button = page.getByRole('button', { name: 'Copy link to bead 12' });
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL()}${ESSAY}#b12`);
    await page.context().close();

    const denied = await openPage(browser(), ESSAY);
    await denied.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    const other = denied.getByRole('button', { name: 'Copy link to bead 12' });
    await other.click();
    await expect.poll(() => other.textContent()).toBe('Link in address bar');
    expect(denied.url()).toMatch(/#b12$/);
    await denied.context().close();
  });

  it('moves between beads with j and k', async () => {
    const page = await openPage(browser(), `${ESSAY}#b10`);
    await page.locator('#b10').focus();
    await page.keyboard.press('j');
    await expect.poll(() => isFocused(page.locator('#b11'))).toBe(true);
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    await expect.poll(() => isFocused(page.locator('#b9'))).toBe(true);
    expect(page.url()).toMatch(/#b9$/);
    await page.context().close();
  });

  it('switches layout and remembers it across reloads', async () => {
    const page = await openPage(browser(), ESSAY, { viewport: { width: 1280, height: 900 } });
    const row = await rowOfChinese(page, '十一');
    await page.getByRole('radio', { name: 'English only' }).check({ force: true });
    await row.locator('.bead-zh').waitFor({ state: 'hidden' });
    expect(await row.locator('.bead-en').isVisible()).toBe(true);
    await page.reload();
    await hydrated(page);
    expect(await page.locator('html').getAttribute('data-layout')).toBe('en');
    await expect.poll(() => page.getByRole('radio', { name: 'English only' }).isChecked()).toBe(true);
    expect(await row.locator('.bead-zh').isVisible()).toBe(false);

    await page.getByRole('radio', { name: 'Interleaved' }).check({ force: true });
    const zhBox = await row.locator('.bead-zh').boundingBox();
    const enBox = await row.locator('.bead-en').boundingBox();
    expect(zhBox && enBox && enBox.y > zhBox.y).toBe(true);
    await page.context().close();
  });

  it('lets a keyboard reader skip the summary and controls to the text', async () => {
    const page = await openPage(browser(), ESSAY, { viewport: { width: 390, height: 844 } });
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('link', { name: 'Skip to content' }))).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the text' });
    expect(await isFocused(skip)).toBe(true);
    expect(await inViewport(skip), 'shown while it has focus').toBe(true);
    await page.keyboard.press('Enter');
    let tabs = 0;
    while (!(await page.evaluate(() => document.activeElement?.matches('[data-lookup]'))) && tabs < 10) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    expect(tabs, 'the permalink and the Link button of bead 1, then its first word').toBe(3);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-bead]')?.getAttribute('data-bead'))).toBe('1');
    await page.context().close();
  });

  it('stacks the pair on a 390 px wide viewport', async () => {
    const page = await openPage(browser(), ESSAY, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const row = await rowOfChinese(page, '二十六');
    const zhBox = await row.locator('.bead-zh').boundingBox();
    const enBox = await row.locator('.bead-en').boundingBox();
    expect(zhBox && enBox).toBeTruthy();
    expect(enBox!.y).toBeGreaterThanOrEqual(zhBox!.y + zhBox!.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('reads an English-only document as one column', async () => {
    const page = await openPage(browser(), '/');
    const link = page
      .locator('main li')
      .filter({ has: page.locator('[data-kind="english-only"]') })
      .first()
      .getByRole('link');
    await link.click();
    await page.waitForURL(/\/read\//);
    expect(await page.locator('.bead-zh').count()).toBe(0);
    expect(await page.locator('.bead-en').count()).toBeGreaterThan(5);
    await page.context().close();
  });
});

describe('not found', () => {
  it('answers an unknown slug with a 404 page', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const response = await page.goto(`${baseURL()}/read/no-such-essay`);
    expect(response?.status()).toBe(404);
    // The not-found page may stream in after the status line.
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await context.close();
  });
});
