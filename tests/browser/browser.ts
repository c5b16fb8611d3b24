import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { openIndex, type IndexDatabase } from '../../lib/db';
import { launchChromium } from '../../scripts/lib/chromium';

export const baseURL = () => inject('baseURL');

/** The served library's index, opened once for the tests of a file (read it only). */
export function useServedIndex(): () => IndexDatabase {
  let index: IndexDatabase | undefined;
  beforeAll(async () => {
    index = await openIndex({ file: inject('indexFile') });
  });
  afterAll(async () => {
    await index?.close();
  });
  return () => {
    if (!index) throw new Error('the index is not open yet');
    return index;
  };
}

/** One Chromium for the tests of a file: launched before them, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched yet');
    return browser;
  };
}

/** Resolves once React has hydrated the page (see components/hydration-mark.tsx). */
export function hydrated(page: Page): Promise<unknown> {
  return page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Resolves once the pop-up leaf has made elements of every paragraph's words and renderings. */
export function wordsMarked(page: Page): Promise<unknown> {
  return page.waitForFunction(() => !document.querySelector('p[data-p]:not([data-marked])'));
}

/** A fresh page (own storage) at a path of the served site, hydrated, its words marked up. */
export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseURL(), ...options });
  const page = await context.newPage();
  await page.goto(path);
  await hydrated(page);
  await wordsMarked(page);
  return page;
}

/** Whether any part of the element is inside the viewport. */
export function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
  });
}

export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement);
}

export function backgroundOf(locator: Locator): Promise<string> {
  return locator.evaluate((el) => getComputedStyle(el).backgroundColor);
}
