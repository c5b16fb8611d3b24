import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useBrowser, openPage } from './browser';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const SAVED_WORD = {
  word: '网络强国',
  pinyin: 'wǎngluò qiángguó',
  gloss: 'cyberpower',
  zh: '建设网络强国。',
  en: 'Build a cyberpower.',
  href: '/read/qiushi-2024-14-cyber-law#b3',
  saved: '2026-11-23T10:00:00.000Z',
};

/** The pages of issue 11; /words with one saved word (and tone colours on) so its list is checked too. */
const PAGES = [
  ['glossary page', '/glossary'],
  ['checklist', '/checklist/qiushi-2024-14-cyber-law'],
  ['saved words', '/words'],
] as const;

const browser = useBrowser();

describe.each(['light', 'dark'] as const)('accessibility of the study and checklist pages, %s theme', (theme) => {
  it.each(PAGES)('%s has no serious or critical axe violations', async (_name, path) => {
    const page = await openPage(browser(), '/about', { colorScheme: theme });
    await page.evaluate((word) => {
      localStorage.setItem('qp-words', JSON.stringify([word]));
      localStorage.setItem('qp-tones', 'on');
    }, SAVED_WORD);
    await page.goto(path);
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    if (path === '/words') await page.locator('[data-saved-word]').waitFor();
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
              opts: object,
            ) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> }>;
          };
        }
      ).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target) }));
    });
    const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe, JSON.stringify(severe, null, 1)).toEqual([]);
    await page.context().close();
  });
});
