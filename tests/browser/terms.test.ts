import { describe, expect, it } from 'vitest';
import { inViewport, useBrowser, openPage } from './browser';

const CYBER_LAW = '/read/qiushi-2024-14-cyber-law';

const browser = useBrowser();

describe('terminology notes in the reader', () => {
  it('opens a note on a cyber-law bead and follows its link to the renderings of the term in the essay', async () => {
    const page = await openPage(browser(), CYBER_LAW);
    const bead = page.locator('[data-bead][data-has-notes]').filter({ hasText: '网络法治' }).first();
    const marker = bead.locator('[data-notes] summary');
    await marker.scrollIntoViewIfNeeded();
    await marker.click();
    const note = bead.locator('[data-notes] li[data-note-kind="inconsistent"]').filter({ hasText: '网络法治' }).first();
    await note.waitFor();
    expect(await note.textContent()).toMatch(/recommended/);
    await note.getByRole('link', { name: 'all renderings here' }).click();
    await page.waitForURL((url) => decodeURIComponent(url.hash) === '#t-网络法治');
    const entry = page.locator('[data-summary-term="网络法治"]');
    await expect.poll(() => inViewport(entry)).toBe(true);
    expect(await entry.locator('svg a').count()).toBeGreaterThan(1);
    await page.context().close();
  });

  it('summarises terms with several renderings and filters to beads with notes', async () => {
    const cyberLaw = await openPage(browser(), CYBER_LAW);
    const summary = cyberLaw.locator('[data-term-summary]');
    expect(await summary.locator('[data-summary-term="网络法治"]').count()).toBe(1);
    expect(await summary.locator('svg a').count()).toBeGreaterThan(3);
    await cyberLaw.context().close();
    // The filter, on the essay where some beads carry no note.
    const page = await openPage(browser(), '/read/qiushi-2024-14-self-confidence');
    const all = await page.locator('[data-bead]:visible').count();
    await page.locator('[data-term-summary] summary').click();
    await page.getByRole('button', { name: 'Only beads with notes' }).click();
    await expect.poll(() => page.locator('[data-bead]:visible').count()).toBe(await page.locator('[data-bead][data-has-notes]').count());
    expect(await page.locator('[data-bead]:visible').count()).toBeLessThan(all);
    await page.context().close();
  });
});

describe('term pages', () => {
  it('/terms/网络法治 shows the renderings chart and a concordance grouped by rendering', async () => {
    const page = await openPage(browser(), `/terms/${encodeURIComponent('网络法治')}`);
    expect(await page.locator('h1').textContent()).toContain('网络法治');
    const groups = page.locator('[data-concordance] [data-rendering-group]');
    expect(await groups.count()).toBeGreaterThanOrEqual(4);
    const names = (await groups.evaluateAll((els) => els.map((el) => el.getAttribute('data-rendering-group') ?? ''))).map((n) =>
      n.toLowerCase(),
    );
    expect(names).toEqual(expect.arrayContaining(['cyber rule of law', 'cyber law']));
    // Every line marks the term in the Chinese and links to its bead.
    const line = groups.first().locator('li').first();
    expect(await line.locator('mark').first().textContent()).toBe('网络法治');
    const href = (await line.locator('a').getAttribute('href'))!;
    expect(href).toMatch(/^\/read\/[a-z0-9-]+#b\d+$/);
    expect(await page.locator('[data-rendering-chart] li').count()).toBe(await groups.count());
    await page.context().close();
  });

  it('shows official and other translations apart, and restricts the page to one kind from the URL', async () => {
    const page = await openPage(browser(), `/terms/${encodeURIComponent('网络法治')}`);
    const byKind = page.locator('[data-translation-renderings]');
    expect(await byKind.locator('tr[data-translation-kind="official"]').textContent()).toContain('none in the library');
    expect(await byKind.locator('tr[data-translation-kind="machine"]').textContent()).toContain('cyber rule of law');
    await page
      .locator('[data-translation-filter]')
      .getByRole('link', { name: /^publishers’ translations/ })
      .click();
    await page.waitForURL(/translation=publisher/);
    await expect.poll(() => page.locator('[data-translation-filter] [aria-current="page"]').textContent()).toMatch(/^publishers’/);
    // The bilingual essays are machine translations: none of their lines is left; the English-only evidence is Outlook New Era's.
    expect(await page.locator('[data-concordance] li').count()).toBe(0);
    const evidence = await page.locator('[data-english-only] a').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.every((href) => href.startsWith('/read/network-governance-rule-of-law-2024-10'))).toBe(true);
    expect((await page.goto(`/terms/${encodeURIComponent('网络法治')}?translation=automatic`))?.status()).toBe(404);
    await page.context().close();
  });

  it('/terms lists the glossary and filters to inconsistent terms', async () => {
    const page = await openPage(browser(), '/terms');
    const all = await page.locator('[data-terms-table] tbody tr').count();
    expect(all).toBeGreaterThanOrEqual(80);
    await page.getByRole('button', { name: 'Only inconsistent terms' }).click();
    await page.waitForURL(/inconsistent=1/);
    const some = await page.locator('[data-terms-table] tbody tr').count();
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(all);
    expect(await page.locator('[data-terms-table] tbody tr[data-term="网络法治"]').count()).toBe(1);
    await page.context().close();
  });
});

describe('exports', () => {
  it('are linked from the pages they belong to and download as parseable files', async () => {
    const page = await openPage(browser(), '/terms');
    for (const [name, check] of [
      ['glossary (TBX-Basic)', (body: string) => body.includes('TBX-Basic') && body.includes('网络法治')],
      ['glossary with observed renderings (CSV)', (body: string) => body.split('\n')[0]!.includes(',') && body.includes('网络法治')],
      ['all terminology notes (CSV)', (body: string) => body.includes('qiushi-2024-14-cyber-law')],
    ] as const) {
      const href = (await page.getByRole('link', { name }).getAttribute('href'))!;
      const response = await page.request.get(href);
      expect(response.status()).toBe(200);
      expect(check(await response.text())).toBe(true);
    }
    const library = await openPage(browser(), '/');
    const tmx = await library.request.get((await library.getByRole('link', { name: 'TMX 1.4b' }).getAttribute('href'))!);
    const body = await tmx.text();
    expect(body).toContain('<tmx version="1.4"');
    expect(body).toContain('网络强国');
    await page.context().close();
    await library.context().close();
  });
});
