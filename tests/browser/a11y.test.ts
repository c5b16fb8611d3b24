import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, openPage } from './browser';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const PAGES = [
  ['library', '/'],
  ['bilingual reading page', '/read/qiushi-2024-14-cyber-law'],
  ['English-only reading page', '/read/scio-2023-internet-rule-of-law-white-paper'],
  ['term page', `/terms/${encodeURIComponent('网络法治')}`],
  ['search page', `/search?q=${encodeURIComponent('网络强国')}`],
] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

const browser = useBrowser();

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
    }));
  });
}

describe.each(['light', 'dark'] as const)('accessibility, %s theme', (theme) => {
  it.each(PAGES)('%s has no serious or critical axe violations', async (_name, path) => {
    const page = await openPage(browser(), path, { colorScheme: theme });
    expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
    const violations = await axeViolations(page);
    const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe, JSON.stringify(severe, null, 1)).toEqual([]);
    await page.context().close();
  });
});

describe('the Display menu', () => {
  it('opens from the keyboard on a phone; its settings are reached by Tab, set by arrow keys and pass axe', async () => {
    const page = await openPage(browser(), '/read/qiushi-2024-14-cyber-law', { viewport: { width: 390, height: 844 } });
    await page.locator('summary', { hasText: 'Display' }).focus();
    await page.keyboard.press('Enter');
    const inThemeGroup = () => page.evaluate(() => document.activeElement?.closest('[data-preference="theme"]') !== null);
    for (let tabs = 0; tabs < 10 && !(await inThemeGroup()); tabs++) await page.keyboard.press('Tab');
    expect(await inThemeGroup()).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    const severe = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe, JSON.stringify(severe, null, 1)).toEqual([]);
    await page.context().close();
  });
});
