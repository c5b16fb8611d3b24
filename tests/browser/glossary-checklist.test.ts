import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations, severe } from './axe';
import { useBrowser, openPage } from './browser';

const CYBER_LAW = '/read/qiushi-2024-14-cyber-law';
const NEWSROOM = path.resolve('tests/fixtures/glossary/newsroom.csv');

const browser = useBrowser();

// The upload is stored in the library (corpus/ for the tests): never leave it behind.
afterAll(() => {
  for (const ext of ['csv', 'tbx']) rmSync(path.resolve('corpus', `user-glossary.${ext}`), { force: true });
});

/** Presses Tab until `selector` has focus; fails when it is not reached within `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached by Tab`);
}

const overflowsAt390 = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('your own glossary', () => {
  it('refuses a bad file whole with its line and column beside the field', async () => {
    const page = await openPage(browser(), '/glossary');
    await page.getByLabel('Term list (.csv or .tbx)').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('zh,recommended,variants\n网络强国,cyber superpower,\nAI,artificial intelligence,\n'),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    const error = page.locator('[data-upload-error]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/^bad\.csv:3:1: field "zh"/);
    expect(await page.getByLabel('Term list (.csv or .tbx)').getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
    expect(await page.locator('[data-user-glossary]').count()).toBe(0);
    await page.context().close();
  });

  it('uploads a term list, follows it on a reading page when chosen, and keeps the choice', async () => {
    const page = await openPage(browser(), '/glossary');
    await page.getByLabel('Term list (.csv or .tbx)').setInputFiles(NEWSROOM);
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.locator('[data-upload-done]').waitFor();
    await page.locator('[data-user-glossary] tbody tr').first().waitFor();
    expect(await page.locator('[data-user-glossary] tbody tr').count()).toBe(4);

    // With the project glossary, 网络强国's notes recommend "cyberpower".
    const reader = await page.context().newPage();
    await reader.goto(CYBER_LAW);
    // Which glossary the notes follow is said in the terminology summary, closed until opened.
    await reader.locator('[data-term-summary] summary').click();
    const notesOf = () => reader.locator('[data-bead] [data-notes]:visible li').filter({ hasText: '网络强国' }).allTextContents();
    await reader.locator('[data-glossary-choice="project"]').waitFor();
    expect((await notesOf()).join('\n')).not.toContain('cyber superpower');

    await page.locator('[data-glossary-choice]').getByText('Your glossary', { exact: true }).click();
    await reader.reload();
    await reader.locator('[data-term-summary] summary').click();
    await reader
      .locator('[data-glossary-choice="user"]')
      .filter({ hasText: /\d+ notes?\)/ })
      .waitFor();
    const notes = await notesOf();
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((n) => n.includes('recommended “cyber superpower”') || n.includes('recommended cyber superpower'))).toBe(true);
    // Only the user's terms: no note on a term only the project glossary holds.
    expect(await reader.locator('[data-bead] [data-notes]:visible li').filter({ hasText: '网络法治' }).count()).toBe(0);
    // The checklist follows the same choice.
    await reader.goto('/checklist/qiushi-2024-14-cyber-law');
    expect(await reader.locator('[data-checklist]').textContent()).toContain('cyber superpower');
    await reader.close();

    // Back to the project's, then remove the upload.
    await page.locator('[data-glossary-choice]').getByText('Project glossary', { exact: true }).click();
    await page.getByRole('button', { name: 'Remove uploaded glossary' }).click();
    await page.locator('[data-user-glossary]').waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('follows the chosen glossary in the summary strip, the pop-up card, the term page and the notes CSV', async () => {
    const page = await openPage(browser(), '/glossary');
    await page.getByLabel('Term list (.csv or .tbx)').setInputFiles(NEWSROOM);
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.locator('[data-upload-done]').waitFor();
    const reader = await page.context().newPage();
    const summaryTerm = (term: string) => reader.locator(`[data-term-summary] [data-summary-term="${term}"]`);

    // The project glossary has no 网络执法; the newsroom list has it, rendered two ways in the essay.
    await reader.goto(CYBER_LAW);
    await reader.locator('[data-term-summary] summary').click();
    await reader.locator('[data-summary-source="project"]').waitFor();
    expect(await summaryTerm('网络执法').count()).toBe(0);

    await page.locator('[data-glossary-choice]').getByText('Both (yours first)', { exact: true }).click();
    await reader.reload();
    await reader.locator('[data-term-summary] summary').click();
    await reader.locator('[data-summary-source="both"]').waitFor();
    // Its strip, linked to its own term page, ticks on several beads.
    const userTermHref = '/terms/网络执法';
    expect(await summaryTerm('网络执法').locator('a').first().getAttribute('href')).toBe(userTermHref);
    expect(await summaryTerm('网络执法').locator('svg a').count()).toBeGreaterThan(1);
    expect(await summaryTerm('网络强国').count()).toBe(1);

    // The pop-up card recommends the newsroom's rendering.
    await reader.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await reader.waitForFunction(() => !document.querySelector('p[data-p]:not([data-marked])'));
    const word = reader.locator('.bead-zh [data-lookup]', { hasText: /^网络强国$/ }).first();
    await word.scrollIntoViewIfNeeded();
    await word.hover();
    const card = reader.locator('[data-word-popover] [data-glossary]');
    await card.waitFor();
    expect(await card.textContent()).toContain('cyber superpower');
    expect(await card.textContent()).toContain('user glossary (user-glossary.csv)');

    // So does the term page, and the notes CSV linked from the summary holds the newsroom's notes.
    const csvHref = (await reader.locator('[data-term-summary]').getByRole('link', { name: 'Notes as CSV' }).getAttribute('href'))!;
    expect(csvHref).toBe('/api/glossary/notes.csv?source=both');
    const csv = await (await reader.request.get(csvHref)).text();
    expect(csv).toContain('cyber superpower');
    expect(csv).toContain('网络执法');
    await reader.goto(`/terms/${encodeURIComponent('网络强国')}`);
    expect(await reader.locator('[data-entry-source]').getAttribute('data-entry-source')).toBe('user');
    expect(await reader.locator('[data-entry-source] strong').textContent()).toBe('cyber superpower');
    // The term only the newsroom's list has gets a page with its entry, which says the library was not checked for it.
    expect((await reader.goto(userTermHref))?.status()).toBe(200);
    expect(await reader.locator('[data-entry-source] strong').textContent()).toBe('online law enforcement');
    expect(await reader.locator('[data-not-checked]').textContent()).toMatch(/library index is built with the project glossary alone/);
    expect(severe(await axeViolations(reader))).toEqual([]);
    const checkAll = (await reader.locator('[data-not-checked] a').getAttribute('href'))!;
    expect(checkAll).toBe('/api/glossary/notes.csv?source=user');
    expect(await (await reader.request.get(checkAll)).text()).toContain(',网络执法,');
    await reader.close();

    // The project's again: the term page is the project's, and the upload is removed.
    await page.locator('[data-glossary-choice]').getByText('Project glossary', { exact: true }).click();
    const term = await page.context().newPage();
    await term.goto(`/terms/${encodeURIComponent('网络强国')}`);
    expect(await term.locator('[data-entry-source]').getAttribute('data-entry-source')).toBe('project');
    await term.close();
    await page.getByRole('button', { name: 'Remove uploaded glossary' }).click();
    await page.locator('[data-user-glossary]').waitFor({ state: 'detached' });
    // With the upload gone, its own term has no page.
    expect((await page.request.get(userTermHref)).status()).toBe(404);
    await page.context().close();
  });

  it('is usable from the keyboard and at 390 px', async () => {
    const page = await openPage(browser(), '/glossary', { viewport: { width: 390, height: 800 } });
    expect(await overflowsAt390(page)).toBe(false);
    await tabTo(page, 'input[type="file"]');
    await page.context().close();
  });
});

describe('the checklist of notes', () => {
  it('is linked from the reading page, filters by severity and kind, and keeps the filters in the address over a reload', async () => {
    const reader = await openPage(browser(), CYBER_LAW);
    await reader.keyboard.press('t');
    const href = await reader.getByRole('link', { name: 'Checklist of notes' }).getAttribute('href');
    expect(href).toBe('/checklist/qiushi-2024-14-cyber-law');
    // Each note on a bead says its severity in words.
    const note = reader.locator('[data-bead] [data-notes] li').first();
    expect(await note.locator('.severity').textContent()).toMatch(/Error|Warning|Info/);
    await reader.context().close();

    const page = await openPage(browser(), href!);
    const items = page.locator('[data-checklist] > ol > li');
    const all = await items.count();
    expect(all).toBeGreaterThan(3);
    const severities = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-severity')));
    // Worst first.
    const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    expect(severities.map((s) => rank[s!])).toEqual([...severities.map((s) => rank[s!])].sort());

    await page.getByLabel('Severity').selectOption('warning');
    await expect.poll(() => items.evaluateAll((els) => els.every((el) => el.getAttribute('data-severity') === 'warning'))).toBe(true);
    expect(await items.count()).toBeLessThan(all);
    await page.getByLabel('Kind').selectOption('inconsistent');
    await expect.poll(() => items.evaluateAll((els) => els.every((el) => el.getAttribute('data-item-kind') === 'inconsistent'))).toBe(true);
    expect(await items.first().locator('a[href^="/read/qiushi-2024-14-cyber-law#b"]').count()).toBeGreaterThan(0);

    // The filters live in the URL: a reload (or a shared link) shows the same list.
    expect(new URL(page.url()).search).toBe('?severity=warning&kind=inconsistent');
    await page.reload();
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    expect(await page.getByLabel('Severity').inputValue()).toBe('warning');
    expect(await page.getByLabel('Kind').inputValue()).toBe('inconsistent');
    await expect.poll(() => items.evaluateAll((els) => els.every((el) => el.getAttribute('data-item-kind') === 'inconsistent'))).toBe(true);
    await page.context().close();
  });

  it('reaches its filters by Tab and fits 390 px', async () => {
    const page = await openPage(browser(), '/checklist/qiushi-2024-14-cyber-law', { viewport: { width: 390, height: 800 } });
    expect(await overflowsAt390(page)).toBe(false);
    await tabTo(page, 'select');
    await page.context().close();
  });
});

describe('term page sources', () => {
  it('shows where the recommendation comes from and the renderings over time as chart and table', async () => {
    const page = await openPage(browser(), `/terms/${encodeURIComponent('网络法治')}`, { viewport: { width: 390, height: 800 } });
    const sources = page.locator('[data-term-sources]');
    expect(await sources.textContent()).toMatch(/In the library:/);
    const rows = page.locator('[data-over-time-table] tbody tr');
    expect(await rows.count()).toBeGreaterThan(1);
    const dates = await rows.locator('time').allTextContents();
    expect(dates).toEqual([...dates].sort());
    expect(await page.locator('[data-chart] > div').count()).toBe(await rows.count());
    expect(await page.locator('[data-over-time-table] a[href*="#b"]').count()).toBeGreaterThan(0);
    expect(await overflowsAt390(page)).toBe(false);
    await page.context().close();
  });

  it('shows the published renderings side by side with their sources and dates where the sources disagree', async () => {
    const entries = JSON.parse(readFileSync('corpus/glossary.json', 'utf8')) as Array<{
      term: string;
      attestations: Array<{ rendering: string; url: string }>;
    }>;
    const disputed = entries.find((e) => new Set(e.attestations.map((a) => a.rendering.toLowerCase())).size > 2)!;
    const page = await openPage(browser(), `/terms/${encodeURIComponent(disputed.term)}`);
    const table = page.locator('[data-published]');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(disputed.attestations.length);
    const links = await table.locator('tbody a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(disputed.attestations.map((a) => a.url).sort());
    const text = (await table.textContent()) ?? '';
    for (const a of disputed.attestations) expect(text).toContain(a.rendering);
    await page.context().close();
  });
});
