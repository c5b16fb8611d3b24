import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '@/lib/corpus';
import { lookupWord } from '@/lib/dict';
import { findGlossaryEntry } from '@/lib/glossary';
import { segmentParagraph } from '@/lib/segment';
import { isFocused, useBrowser, openPage } from './browser';

const CYBER_LAW = '/read/qiushi-2024-14-cyber-law';

const browser = useBrowser();

const popover = (page: Page) => page.locator('[data-word-popover]');

/** The first bead whose Chinese holds the word `term` and whose English has a highlighted rendering for it. */
async function firstRenderedOccurrence(page: Page, term: string) {
  const words = page.locator(`.bead-zh [data-lookup][data-occurrence]`, { hasText: new RegExp(`^${term}$`) });
  const count = await words.count();
  for (let i = 0; i < count; i++) {
    const word = words.nth(i);
    const id = await word.getAttribute('data-occurrence');
    const bead = page.locator('[data-bead]').filter({ has: word });
    if ((await bead.locator(`[data-renders~="${id}"]`).count()) > 0) return { word, bead, id: id! };
  }
  throw new Error(`no rendered occurrence of ${term}`);
}

describe('word pop-ups', () => {
  it('hovering 网络强国 shows its glossary entry and highlights its rendering in the English', async () => {
    const page = await openPage(browser(), CYBER_LAW, { viewport: { width: 1280, height: 900 } });
    const { word, bead, id } = await firstRenderedOccurrence(page, '网络强国');
    await word.scrollIntoViewIfNeeded();
    await word.hover();
    const pop = popover(page);
    await pop.waitFor();
    expect(await pop.locator('[data-word]').textContent()).toBe('网络强国');
    expect(await pop.locator('[data-pinyin]').textContent()).toMatch(/wǎngluò\s?qiángguó/);
    expect(await pop.locator('[data-glossary]').textContent()).toContain(findGlossaryEntry('网络强国')!.recommended);
    const rendering = bead.locator(`[data-renders~="${id}"]`).first();
    expect((await rendering.textContent())!.toLowerCase()).toContain('cyber power');
    expect(await rendering.getAttribute('class')).toContain('rendering-active');
    expect(await pop.locator('[data-rendering]').textContent()).toContain(await rendering.textContent());
    // The pop-up never covers the word.
    const w = (await word.boundingBox())!;
    const p = (await pop.boundingBox())!;
    const overlaps = p.x < w.x + w.width && w.x < p.x + p.width && p.y < w.y + w.height && w.y < p.y + p.height;
    expect(overlaps).toBe(false);
    await page.mouse.move(5, 5);
    await pop.waitFor({ state: 'detached' });
    expect(await rendering.getAttribute('class')).not.toContain('rendering-active');
    await page.context().close();
  });

  it('opens from the keyboard with Enter and closes with Escape, returning focus', async () => {
    const page = await openPage(browser(), CYBER_LAW);
    await page
      .locator('.bead-zh [data-lookup][tabindex="0"]')
      .nth(3)
      .evaluate((el) => el.setAttribute('data-test-first', ''));
    const first = page.locator('[data-test-first]');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.evaluate(() => document.activeElement?.setAttribute('data-test-focused', ''));
    const second = page.locator('[data-test-focused]');
    expect(await second.getAttribute('data-lookup')).not.toBeNull();
    const text = await second.textContent();
    await page.keyboard.press('Enter');
    const pop = popover(page);
    await pop.waitFor();
    expect(await pop.getAttribute('role')).toBe('dialog');
    expect(await pop.locator('[data-word]').textContent()).toBe(text);
    expect(await second.getAttribute('aria-expanded')).toBe('true');
    expect(await first.getAttribute('tabindex')).toBe('-1');
    await page.keyboard.press('Escape');
    await pop.waitFor({ state: 'detached' });
    await expect.poll(() => isFocused(second)).toBe(true);
    await page.context().close();
  });

  it('opens with a tap on a 390 px phone screen and stays inside the viewport', async () => {
    const page = await openPage(browser(), CYBER_LAW, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const word = page.locator('.bead-zh [data-lookup]', { hasText: /^网络法治$/ }).nth(2);
    await word.scrollIntoViewIfNeeded();
    await word.tap();
    const pop = popover(page);
    await pop.waitFor();
    const box = (await pop.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // A tap elsewhere closes it.
    await page.locator('h1').first().tap();
    await pop.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('shows pinyin for a word that is in no dictionary', async () => {
    const doc = loadDocument('corpus/qiushi-2024-14-cyber-law');
    const missing = doc
      .zh!.flatMap((p) => segmentParagraph(p))
      .find((t) => t.kind === 'word' && !findGlossaryEntry(t.text) && lookupWord(t.text).source === 'pinyin-pro');
    expect(missing, 'the essay has a word CC-CEDICT lacks').toBeDefined();
    const page = await openPage(browser(), CYBER_LAW);
    const word = page.locator('.bead-zh [data-lookup]', { hasText: new RegExp(`^${missing!.text}$`) }).first();
    await word.scrollIntoViewIfNeeded();
    await word.click();
    const pop = popover(page);
    await pop.waitFor();
    expect(await pop.locator('[data-pinyin]').textContent()).toBe(lookupWord(missing!.text).pinyin);
    expect(await pop.textContent()).toContain('Not in the dictionary');
    await page.context().close();
  });
});
