import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, useBrowser, openPage } from './browser';

const CYBER_LAW = '/read/qiushi-2024-14-cyber-law';

const browser = useBrowser();

const popover = (page: Page) => page.locator('[data-word-popover]');

/** Relative luminance and contrast ratio (WCAG 2) of two rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/\d+(\.\d+)?/g) ?? [])
      .slice(0, 3)
      .map(Number)
      .map((v) => v / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

async function openWord(page: Page, word: string) {
  const target = page.locator('.bead-zh [data-lookup]', { hasText: new RegExp(`^${word}$`) }).first();
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await popover(page).locator('[data-pinyin]').waitFor();
  return target;
}

describe('saved words', () => {
  it('saves a word with its sentence pair, keeps it over a reload, lists it on /words, exports it and removes it from the keyboard', async () => {
    const page = await openPage(browser(), CYBER_LAW, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const word = await openWord(page, '网络强国');
    const sentence = (await word.evaluate((el) => el.closest('[data-s]')?.textContent ?? el.closest('p')?.textContent ?? ''))!;
    await popover(page).getByRole('button', { name: 'Save word' }).click();
    await popover(page).getByRole('button', { name: 'Saved' }).waitFor();

    await page.goto('/words');
    await page.reload();
    const entry = page.locator('[data-saved-word="网络强国"]');
    await entry.waitFor();
    const text = (await entry.textContent())!;
    expect(text).toContain('wǎngluò');
    expect(text).toContain(
      sentence
        .replace(/Not in the English$/, '')
        .trim()
        .slice(0, 10),
    );
    expect((await entry.locator('p[lang="en"]').textContent())!.length).toBeGreaterThan(10);
    expect(await entry.getByRole('link', { name: 'Back to the text' }).getAttribute('href')).toMatch(
      /^\/read\/qiushi-2024-14-cyber-law#b\d+$/,
    );

    const [tsv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export for Anki (TSV)' }).click()]);
    const body = readFileSync((await tsv.path())!, 'utf8');
    expect(body.split('\n')[0]).toBe('#separator:tab');
    expect(body.split('\n')[3]!.split('\t')[0]).toBe('网络强国');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as CSV' }).click()]);
    expect(readFileSync((await csv.path())!, 'utf8')).toMatch(/^word,pinyin,gloss/);

    // Keyboard only: Tab to the word's Remove button, Enter removes it.
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.textContent?.startsWith('Remove') ?? false)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('[data-no-words]').waitFor();
    await page.reload();
    await page.locator('[data-no-words]').waitFor();
    await page.context().close();
  });

  it('/words fits 390 px', async () => {
    const page = await openPage(browser(), '/words', { viewport: { width: 390, height: 800 } });
    await page.locator('[data-no-words]').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    await page.context().close();
  });
});

describe('tone colours', () => {
  it('are toggled in the Display menu, remembered, colour characters and pinyin with AA contrast in both themes', async () => {
    const page = await openPage(browser(), CYBER_LAW, { viewport: { width: 1280, height: 900 } });
    await page.getByText('Display').click();
    await page.locator('[data-preference="tones"]').getByText('On', { exact: true }).click();
    expect(await page.locator('html').getAttribute('data-tones')).toBe('on');
    await page.locator('.bead-zh [data-lookup] [data-tone]').first().waitFor();
    await page.reload();
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    expect(await page.locator('html').getAttribute('data-tones')).toBe('on');
    await page.locator('.bead-zh [data-lookup] [data-tone]').first().waitFor();
    // The pop-up's pinyin keeps its tone marks and is coloured syllable by syllable.
    await openWord(page, '网络强国');
    expect(await popover(page).locator('[data-pinyin] [data-tone]').allTextContents()).toEqual(['wǎng', 'luò', 'qiáng', 'guó']);
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      const ratios = await page.evaluate(() => {
        // Computed colours may come as lab() or oklch(): a canvas turns any of them into sRGB bytes.
        const context = document.createElement('canvas').getContext('2d')!;
        const rgb = (colour: string) => {
          context.fillStyle = colour;
          context.fillRect(0, 0, 1, 1);
          const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
          return `rgb(${r}, ${g}, ${b})`;
        };
        const bg = rgb(getComputedStyle(document.body).backgroundColor);
        return [1, 2, 3, 4, 5].flatMap((tone) => {
          const el = document.querySelector(`.bead-zh [data-tone="${tone}"]`);
          return el ? [{ fg: rgb(getComputedStyle(el).color), bg }] : [];
        });
      });
      expect(ratios.length).toBeGreaterThanOrEqual(4);
      for (const { fg, bg } of ratios) expect(contrast(fg, bg), `${theme}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    // Off again: no colour, the marks still there.
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    await page.keyboard.press('Escape');
    await page.getByText('Display').click();
    await page.locator('[data-preference="tones"]').getByText('Off', { exact: true }).click();
    const colour = await page
      .locator('.bead-zh [data-tone="3"]')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    const parent = await page
      .locator('.bead-zh [data-tone="3"]')
      .first()
      .evaluate((el) => getComputedStyle(el.closest('p')!).color);
    expect(colour).toBe(parent);
    await page.context().close();
  });
});

describe('read aloud', () => {
  it('is absent without a Chinese voice', async () => {
    const page = await openPage(browser(), CYBER_LAW, { viewport: { width: 1280, height: 900 } });
    await openWord(page, '网络强国');
    expect(await popover(page).locator('[data-read-aloud]').count()).toBe(0);
    await page.context().close();
  });

  it('reads the sentence with a Chinese voice', async () => {
    const context = await browser().newContext({ baseURL: baseURL(), viewport: { width: 1280, height: 900 } });
    // A stand-in for the platform's speech synthesis, with one Chinese voice; it records what it is asked to say.
    await context.addInitScript(() => {
      const spoken: string[] = [];
      const voice = { lang: 'zh-CN', name: 'Test voice', default: true, localService: true, voiceURI: 'test' };
      Object.assign(window, { spoken });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {
        value: class {
          text: string;
          voice: unknown = null;
          lang = '';
          constructor(text: string) {
            this.text = text;
          }
        },
      });
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          getVoices: () => [voice],
          speak: (u: { text: string }) => spoken.push(u.text),
          cancel: () => undefined,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        },
      });
    });
    const page = await context.newPage();
    await page.goto(CYBER_LAW);
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await page.waitForFunction(() => !document.querySelector('p[data-p]:not([data-marked])'));
    const word = await openWord(page, '网络强国');
    await popover(page).getByRole('button', { name: 'Read paragraph aloud' }).click();
    const paragraph = await word.evaluate((el) => el.closest('p')?.textContent ?? '');
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    expect(spoken).toHaveLength(1);
    expect(paragraph.startsWith(spoken[0]!.slice(0, 8))).toBe(true);
    await context.close();
  });
});
