import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { useBrowser, openPage } from './browser';

const PAGES = [
  ['library', '/'],
  ['bilingual reading page', '/read/qiushi-2024-14-cyber-law'],
  ['English-only reading page', '/read/scio-2023-internet-rule-of-law-white-paper'],
  ['term page', `/terms/${encodeURIComponent('网络法治')}`],
  ['search page', `/search?q=${encodeURIComponent('网络强国')}`],
] as const;

const browser = useBrowser();

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
    // The menu's settings are rendered when it first opens.
    await page.locator('[data-preference="theme"]').waitFor();
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
