import { describe, expect, it } from 'vitest';
import { getReadingView } from '@/lib/reader';
import type { Locator } from 'playwright-core';
import { backgroundOf, openPage, useBrowser, useServedIndex } from './browser';

const classOf = async (locator: Locator) => (await locator.getAttribute('class')) ?? '';

/** Moves the mouse onto the first line of an inline element (its bounding box may cover other sentences). */
async function hoverFirstLine(locator: Locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.evaluate((el) => {
    const rect = el.getClientRects()[0]!;
    return { x: rect.left + Math.min(8, rect.width / 2), y: rect.top + rect.height / 2 };
  });
  await locator.page().mouse.move(box.x, box.y);
}

const SLUG = 'qiushi-2024-14-cyber-law';
const DROPPED = 'dropped-sentence';
const browser = useBrowser();
const servedIndex = useServedIndex();

describe('sentences', () => {
  it('hovering a Chinese sentence highlights its partner sentence in the English, and back', async () => {
    const page = await openPage(browser(), `/read/${SLUG}`, { viewport: { width: 1280, height: 900 } });
    const bead = page.locator('#b4');
    const zh = bead.locator('.bead-zh [data-s="0"]').first();
    const en = bead.locator('.bead-en [data-s="0"]').first();
    const otherEn = bead.locator('.bead-en [data-s="1"]').first();
    const before = await backgroundOf(en);
    await hoverFirstLine(zh);
    await expect.poll(() => classOf(en)).toContain('sentence-active');
    expect(await backgroundOf(en)).not.toBe(before);
    expect(await classOf(otherEn)).not.toContain('sentence-active');
    await hoverFirstLine(otherEn);
    await expect.poll(() => classOf(bead.locator('.bead-zh [data-s="1"]').first())).toContain('sentence-active');
    expect(await classOf(zh)).not.toContain('sentence-active');
    await page.context().close();
  });

  it('focusing a word highlights the partner of its sentence', async () => {
    const page = await openPage(browser(), `/read/${SLUG}`);
    const word = page.locator('#b4 .bead-zh [data-lookup][tabindex="0"]').first();
    await word.focus();
    const sentence = await word.evaluate((el) => el.closest('[data-s]')?.getAttribute('data-s'));
    await expect.poll(() => classOf(page.locator(`#b4 .bead-en [data-s="${sentence}"]`).first())).toContain('sentence-active');
    await page.context().close();
  });

  it('marks what the English leaves out, in the text and in a collapsed list with links', async () => {
    // A fixture pair: four paragraphs of the cyber-law essay with one English sentence deleted.
    const view = (await getReadingView(servedIndex(), DROPPED))!;
    const omission = view.omissions.find((o) => !o.paragraph && o.side === 'zh');
    expect(omission?.text).toBe('网络法治是信息革命发展的时代需求,是网络强国建设的重要保障。');
    const page = await openPage(browser(), `/read/${DROPPED}`, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const alone = page.locator(`#b${omission!.bead} .bead-zh .sentence-alone`).first();
    expect(await alone.locator('.alone-label').textContent()).toBe('Not in the English');
    expect(await alone.locator('.alone-label').isVisible()).toBe(true);
    const list = page.locator('[data-omissions]');
    expect(await list.getAttribute('open')).toBeNull();
    await list.locator('summary').click();
    const item = list
      .locator('li')
      .filter({ hasText: omission!.text.slice(0, 12) })
      .first();
    expect(await item.locator('[data-omission-confidence]').textContent()).toBe(`${Math.round(omission!.confidence * 100)}% sure`);
    await item.getByRole('link').click();
    await page.waitForURL((url) => url.hash === `#b${omission!.bead}`);
    await page.context().close();
  });

  it('shows the number of omissions in the library', async () => {
    const page = await openPage(browser(), '/');
    const count = (await getReadingView(servedIndex(), 'qiushi-2024-14-self-confidence'))!.omissions.length;
    expect(count, 'the section numbers the English adds').toBeGreaterThan(0);
    const card = page.locator('main li').filter({ hasText: '必须坚持自信自立' });
    expect(await card.locator('[data-omissions-count]').getAttribute('data-omissions-count')).toBe(String(count));
    await page.context().close();
  });
});
