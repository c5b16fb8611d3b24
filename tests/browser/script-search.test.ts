import { describe, expect, it } from 'vitest';
import { hydrated, inViewport, useBrowser, openPage } from './browser';

const CYBER_LAW = '/read/qiushi-2024-14-cyber-law';

const browser = useBrowser();

describe('Simplified / Traditional', () => {
  it('switches to Traditional with working pop-ups, and reloads without a flash of Simplified', async () => {
    const page = await openPage(browser(), CYBER_LAW);
    await page.getByText('Display').click();
    // Switching reloads the page: the server picks the prerendered Traditional variant.
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('radio', { name: 'Traditional, Taiwan standard' }).click({ force: true }),
    ]);
    await hydrated(page);
    await expect.poll(() => page.locator('h1').textContent()).toContain('網絡強國');
    expect(await page.locator('h1').getAttribute('lang')).toBe('zh-Hant-TW');
    const word = page.locator('.bead-zh [data-lookup]', { hasText: /^網絡強國$/ }).first();
    await word.scrollIntoViewIfNeeded();
    await word.click();
    const pop = page.locator('[data-word-popover]');
    await pop.waitFor();
    expect(await pop.locator('[data-word]').textContent()).toBe('網絡強國');
    // The card comes from /lookup on first use: the pop-up says "Loading…" until it is there.
    await expect.poll(() => pop.textContent(), { timeout: 15_000 }).toContain('网络强国');

    // On reload, the very first HTML the server sends is already Traditional.
    const response = await page.request.get(CYBER_LAW);
    const html = await response.text();
    expect(html).toContain('網絡強國');
    expect(html).not.toContain('>网络强国<');
    await page.context().close();
  });

  it('honours ?script=hant-hk on first load', async () => {
    const page = await openPage(browser(), `${CYBER_LAW}?script=hant-hk`);
    expect(await page.locator('h1').getAttribute('lang')).toBe('zh-Hant-HK');
    expect(await page.locator('h1').textContent()).toContain('網絡強國');
    // The choice is remembered: the library and the terms list follow it.
    await page.goto('/');
    await hydrated(page);
    expect(await page.locator('main li [lang="zh-Hant-HK"]').allTextContents()).toContain('以網絡法治高質量發展服務保障網絡強國建設');
    await page.goto('/terms');
    expect(await page.locator('[data-term="网络强国"] [lang="zh-Hant-HK"]').textContent()).toBe('網絡強國');
    await page.context().close();
  });

  it('shows pinyin above the words when turned on', async () => {
    const page = await openPage(browser(), CYBER_LAW);
    const word = page.locator('.bead-zh [data-lookup]', { hasText: /^网络强国$/ }).first();
    const before = (await word.boundingBox())!.height;
    await page.getByText('Display').click();
    await page.getByRole('radio', { name: 'Pīnyīn' }).check({ force: true });
    const ruby = await word.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(ruby).toContain('wǎngluò');
    expect((await word.boundingBox())!.height).toBeGreaterThan(before);
    await page.reload();
    expect(await page.locator('html').getAttribute('data-pinyin')).toBe('on');
    await page.context().close();
  });
});

describe('search', () => {
  it('finds 網絡強國 in beads of several documents and a result lands on its bead', async () => {
    const page = await openPage(browser(), '/');
    await page.keyboard.press('/');
    await page.keyboard.type('網絡強國');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    const count = Number(await page.locator('[data-result-count]').getAttribute('data-result-count'));
    expect(count).toBeGreaterThan(3);
    const first = page.locator('[data-result-document="qiushi-2024-14-cyber-law"] [data-result-bead]').first();
    expect(await first.locator('mark[data-mark="match"]').first().textContent()).toMatch(/^(網絡強國|网络强国)$/);
    expect(await first.locator('mark[data-mark="rendering"]').count()).toBeGreaterThan(0);
    const beadNumber = await first.getAttribute('data-result-bead');
    await first.getByRole('link').click();
    await page.waitForURL(new RegExp(`/read/qiushi-2024-14-cyber-law#b${beadNumber}$`));
    await expect.poll(() => inViewport(page.locator(`#b${beadNumber}`))).toBe(true);
    await page.context().close();
  });

  it('pages through results twenty beads at a time, Next and Previous', async () => {
    const page = await openPage(browser(), '/search?q=%E7%BD%91%E7%BB%9C');
    const beads = () => page.locator('[data-result-bead] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const first = await beads();
    expect(first).toHaveLength(20);
    const total = Number(await page.locator('[data-result-count]').getAttribute('data-result-count'));
    expect(total).toBeGreaterThan(20);
    await page.locator('[data-result-pages]').getByRole('link', { name: 'Next 20' }).click();
    await page.waitForURL(/[?&]page=2\b/);
    const second = await beads();
    expect(second).toHaveLength(Math.min(20, total - 20));
    expect(second.filter((href) => first.includes(href))).toEqual([]);
    await page.locator('[data-result-pages]').getByRole('link', { name: 'Previous 20' }).click();
    await page.waitForURL((url) => !url.searchParams.has('page'));
    expect(await beads()).toEqual(first);
    await page.context().close();
  });
});
