import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { baseURL, hydrated, openPage, useBrowser, wordsMarked } from './browser';

const browser = useBrowser();

/** A small pair written for these tests (not in the corpus): four paragraphs each, with glossary terms. */
const ZH = [
  '建设网络强国是一项长期任务。',
  '我们要坚持依法治网，推进网络法治建设。',
  '网络空间是亿万民众共同的精神家园。',
  '各方面要共同努力。',
].join('\n\n');
const EN = [
  'Building a cyberpower is a long-term task.',
  'We must keep to governing cyberspace according to law and advance the rule of law in cyberspace.',
  'Cyberspace is the shared spiritual home of hundreds of millions of people.',
  'All sides must work together.',
].join('\n\n');
const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"><b>bold</b>';

/** Imports a pair over HTTP as the form does; returns the slug. */
async function importPair(slug: string, title = `Test pair ${slug}`): Promise<string> {
  const form = new FormData();
  form.set('zh', ZH);
  form.set('en', EN);
  form.set('title', title);
  form.set('slug', slug);
  const response = await fetch(`${baseURL()}/api/import`, { method: 'POST', body: form });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { slug: string }).slug;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe violations on the page as it stands. */
async function severeViolations(page: Page): Promise<unknown[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    type Result = { violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('import page', () => {
  it('pastes a pair, aligns it into a preview with rows and a pop-up, saves it and reads it', async () => {
    const page = await openPage(browser(), '/import', { viewport: { width: 1280, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByLabel('Chinese text').fill(`${ZH}\n\n${HOSTILE}`);
    await page.getByLabel('English text').fill(`${EN}\n\n${HOSTILE}`);
    await page.getByLabel('Title (English)').fill(`Imported ${HOSTILE}`);
    await page.getByLabel('Slug (address of the reading page)').fill('browser-import');
    await page.getByRole('button', { name: 'Align' }).click();
    const preview = page.locator('[data-preview]');
    await preview.waitFor();
    expect(await preview.locator('[data-bead]').count()).toBeGreaterThanOrEqual(4);
    await wordsMarked(page);
    await preview
      .locator('.bead-zh [data-lookup]', { hasText: /^网络强国$/ })
      .first()
      .click();
    await page.locator('[data-word-popover] [data-glossary]').waitFor();
    expect(await preview.textContent()).toContain('<img src=x onerror=');
    expect(await severeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Save to library' }).click();
    await page.waitForURL(/\/read\/browser-import/);
    await hydrated(page);
    expect(await page.locator('h1').textContent()).toContain('<script>alert(1)</script>');
    expect(await page.locator('.bead-zh').first().textContent()).toContain('建设网络强国');
    expect(await page.locator('main img, main script, main b').count()).toBe(0);
    await page.goto('/');
    expect(await page.locator('main').textContent()).toContain(`Imported ${HOSTILE}`);
    await page.goto(`/search?q=${encodeURIComponent('shared spiritual home')}`);
    expect(await page.locator('main a[href^="/read/browser-import"]').count()).toBeGreaterThan(0);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });

  it('previews in the script the reader chose, pop-up cards included', async () => {
    const page = await openPage(browser(), '/import');
    await page.context().addCookies([{ name: 'qp-script', value: 'hant-tw', url: baseURL() }]);
    await page.getByLabel('Chinese text').fill(ZH);
    await page.getByLabel('English text').fill(EN);
    await page.getByLabel('Title (English)').fill('Traditional preview');
    await page.getByRole('button', { name: 'Align' }).click();
    const preview = page.locator('[data-preview]');
    await preview.waitFor();
    await wordsMarked(page);
    expect(await preview.locator('.bead-zh p').first().getAttribute('lang')).toBe('zh-Hant-TW');
    const word = preview.locator('.bead-zh [data-lookup]', { hasText: /^網絡強國$/ }).first();
    await word.click();
    await page.locator('[data-word-popover] [data-glossary]').waitFor();
    expect(await page.locator('[data-word-popover]').textContent()).toContain('網絡強國');
    await page.context().close();
  });

  it('shows a validation error beside the field it names, and writes nothing', async () => {
    const page = await openPage(browser(), '/import');
    await page.getByLabel('English text').fill(EN);
    await page.getByLabel('Title (English)').fill('Bad slug');
    await page.getByLabel('Slug (address of the reading page)').fill('Not A Slug');
    await page.getByRole('button', { name: 'Save to library' }).click();
    const error = page.locator('#slug-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('lower-case');
    expect(await page.getByLabel('Slug (address of the reading page)').getAttribute('aria-invalid')).toBe('true');
    expect((await fetch(`${baseURL()}/read/not-a-slug`)).status).toBe(404);
    await page.context().close();
  });

  it('fits a 390 px screen', async () => {
    const page = await openPage(browser(), '/import', { viewport: { width: 390, height: 844 } });
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.context().close();
  });
});

describe('a bilingual file written by the Translate Toolkit (po2xliff)', () => {
  const FILE = 'tests/fixtures/import/toolkit/forum.po2xliff.xlf';
  const zh = readFileSync('tests/fixtures/dev-texts/xinhua-2023-02-11-china-japan-forum/zh.txt', 'utf8').split('\n\n');

  it('imports through /import with its warnings beside the file field; its rows read "given by the file", a row a person edits "✓ checked"', async () => {
    const page = await openPage(browser(), '/import', { viewport: { width: 1280, height: 900 } });
    await page.locator('#bitextFile').setInputFiles(FILE);
    await page.getByLabel('Title (English)').fill('Forum, from po2xliff');
    await page.getByLabel('Slug (address of the reading page)').fill('forum-po2xliff');
    await page.getByRole('button', { name: 'Align' }).click();
    const preview = page.locator('[data-preview]');
    await preview.waitFor();
    const warnings = page.locator('#bitext-warnings li');
    expect(await warnings.allTextContents()).toEqual([
      'forum.po2xliff.xlf: source-language "en-US" does not match the sources, which are Chinese: read as Chinese',
      'forum.po2xliff.xlf: names no target-language: the targets are read as English by their script',
    ]);
    expect(await page.locator('#bitextFile').getAttribute('aria-describedby')).toContain('bitext-warnings');
    expect(await preview.locator('[data-bead]').count()).toBe(9);
    expect(await preview.locator('[data-bead="1"] .bead-zh p').textContent()).toBe(zh[0]);
    expect(await preview.locator('[data-given-marker]').count()).toBe(9);
    expect(await preview.locator('[data-checked-marker]').count()).toBe(0);
    expect(await severeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Save to library' }).click();
    const saved = page.locator('[data-saved]');
    await saved.waitFor();
    expect(await warnings.count()).toBe(2);
    await saved.getByRole('link', { name: 'Read it' }).click();
    await page.waitForURL(/\/read\/forum-po2xliff/);
    await hydrated(page);
    const rows = page.locator('[data-reading-rows] [data-bead]');
    expect(await rows.count()).toBe(9);
    const given = page.locator('[data-reading-rows] [data-given-marker]');
    expect(await given.count()).toBe(9);
    expect(await given.first().textContent()).toBe('given by the file');
    expect(await page.locator('[data-checked-marker]').count()).toBe(0);
    expect(await severeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Edit alignment' }).click();
    const editor = page.locator('[data-alignment-editor]');
    await editor.locator('[data-edit-bead]').first().waitFor();
    expect(await editor.locator('[data-given-marker]').count()).toBe(9);
    await editor.locator('[data-edit-bead="0"]').getByRole('button', { name: 'Merge with next' }).click();
    const reloaded = page.waitForEvent('load');
    await editor.getByRole('button', { name: 'Save' }).click();
    await reloaded;
    await hydrated(page);
    expect(await rows.count()).toBe(8);
    expect(await page.locator('[data-reading-rows] [data-bead="1"] [data-checked-marker]').textContent()).toBe('✓ checked');
    expect(await page.locator('[data-reading-rows] [data-bead="1"] [data-given-marker]').count()).toBe(0);
    expect(await given.count()).toBe(7);

    await page.goto('/');
    expect(await page.locator('main li', { hasText: 'Forum, from po2xliff' }).textContent()).toContain(
      '1 checked by hand · 7 given by the imported file',
    );
    const tmx = await (await fetch(`${baseURL()}/exports/corpus.tmx`)).text();
    expect(tmx).toContain('<prop type="x-slug">forum-po2xliff</prop>');
    expect(tmx).toMatch(/<prop type="x-source-id">3<\/prop>\s*<prop type="x-source-id">4<\/prop>/u);
    await page.context().close();
  });
});

describe('alignment editor', () => {
  it('merges two rows, undoes and redoes, saves; the reload shows the merge checked by hand; reset goes back', async () => {
    const slug = await importPair('editor-merge');
    const page = await openPage(browser(), `/read/${slug}`, { viewport: { width: 1280, height: 900 } });
    const rows = await page.locator('[data-reading-rows] [data-bead]').count();
    await page.getByRole('button', { name: 'Edit alignment' }).click();
    const editor = page.locator('[data-alignment-editor]');
    await editor.locator('[data-edit-bead]').first().waitFor();
    expect(await editor.getByText('No unsaved changes').count()).toBe(1);
    expect(await severeViolations(page)).toEqual([]);
    await editor.locator('[data-edit-bead="0"]').getByRole('button', { name: 'Merge with next' }).click();
    expect(await editor.locator('[data-edit-bead]').count()).toBe(rows - 1);
    expect(await editor.locator('[data-unsaved]').textContent()).toBe('Unsaved changes');
    await editor.getByRole('button', { name: 'Undo' }).click();
    expect(await editor.locator('[data-edit-bead]').count()).toBe(rows);
    await editor.getByRole('button', { name: 'Redo' }).click();
    expect(await editor.locator('[data-edit-bead]').count()).toBe(rows - 1);
    const saved = page.waitForEvent('load');
    await editor.getByRole('button', { name: 'Save' }).click();
    await saved;
    await hydrated(page);
    expect(await page.locator('[data-reading-rows] [data-bead]').count()).toBe(rows - 1);
    expect(await page.locator('[data-reading-rows] [data-bead="1"] [data-checked-marker]').count()).toBe(1);
    expect(await page.locator('[data-reading-rows] [data-bead="1"] .bead-zh p').count()).toBe(2);

    await page.getByRole('button', { name: 'Edit alignment' }).click();
    const reset = page.waitForEvent('load');
    await editor.getByRole('button', { name: 'Reset to automatic' }).click();
    await reset;
    await hydrated(page);
    expect(await page.locator('[data-reading-rows] [data-bead]').count()).toBe(rows);
    expect(await page.locator('[data-checked-marker]').count()).toBe(0);
    await page.context().close();
  });

  it('refuses a save from a stale version with 409 and a message', async () => {
    const slug = await importPair('editor-stale');
    const first = await openPage(browser(), `/read/${slug}`);
    const second = await first.context().newPage();
    await second.goto(`/read/${slug}`);
    await hydrated(second);
    for (const page of [first, second]) {
      await page.getByRole('button', { name: 'Edit alignment' }).click();
      await page.locator('[data-edit-bead="0"]').waitFor();
      await page.locator('[data-edit-bead="0"]').getByRole('button', { name: 'Merge with next' }).click();
    }
    const saved = first.waitForEvent('load');
    await first.locator('[data-alignment-editor]').getByRole('button', { name: 'Save' }).click();
    await saved;
    const responded = second.waitForResponse((r) => r.url().includes('/api/alignment/') && r.request().method() === 'PUT');
    await second.locator('[data-alignment-editor]').getByRole('button', { name: 'Save' }).click();
    expect((await responded).status()).toBe(409);
    expect(await second.locator('[data-editor-message]').textContent()).toContain('changed since the editor opened it');
    expect(await second.locator('[data-unsaved]').count()).toBe(1);
    await first.context().close();
  });

  it('is operable from the keyboard alone, with visible focus, at 390 px', async () => {
    const slug = await importPair('editor-keyboard');
    const page = await openPage(browser(), `/read/${slug}`, { viewport: { width: 390, height: 844 } });
    const rows = await page.locator('[data-reading-rows] [data-bead]').count();
    await page.getByRole('button', { name: 'Edit alignment' }).focus();
    await page.keyboard.press('Enter');
    const first = page.locator('[data-edit-bead="0"]');
    await first.waitFor();
    await first.focus();
    expect(await first.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('m');
    expect(await page.locator('[data-edit-bead]').count()).toBe(rows - 1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-edit-bead'))).toBe('0');
    await page.keyboard.press('Control+z');
    expect(await page.locator('[data-edit-bead]').count()).toBe(rows);
    await page.keyboard.press('Control+Shift+z');
    expect(await page.locator('[data-edit-bead]').count()).toBe(rows - 1);
    await page.keyboard.press('s');
    expect(await page.locator('[data-edit-bead]').count()).toBe(rows);
    // The English paragraph of row 2 moves up into row 1 with Alt+ArrowUp, focus following it.
    const paragraph = page.locator('[data-edit-bead="1"] [data-edit-p^="en"]').first();
    const id = await paragraph.getAttribute('data-edit-p');
    await paragraph.focus();
    await page.keyboard.press('Alt+ArrowUp');
    expect(await page.locator(`[data-edit-bead="0"] [data-edit-p="${id}"]`).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-edit-p'))).toBe(id);
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.context().close();
  });
});

/** Runs the import CLI as a user would, into the library the served build reads (another process than the server). */
async function importWithCli(args: string[]): Promise<string> {
  const env = { ...process.env, QP_CORPUS: [inject('libraryDir'), 'corpus', 'tests/fixtures/hostile-corpus'].join(path.delimiter) };
  const { stdout } = await promisify(execFile)('node_modules/.bin/tsx', ['scripts/import.ts', ...args], { env });
  return stdout.trim();
}

describe('a change made by another process', () => {
  it('reaches the reading page, term pages and exports within seconds, and a 404 turns into the imported page', async () => {
    const slug = await importPair('cli-changed', 'Before the CLI');
    const page = await openPage(browser(), `/read/${slug}`);
    expect(await page.locator('.bead-en').first().textContent()).toContain('Building a cyberpower');
    const exported = async () => (await fetch(`${baseURL()}/exports/corpus.tmx`)).text();
    expect(await exported()).not.toContain('a cyber superpower');
    const termPage = `${baseURL()}/terms/${encodeURIComponent('网络强国')}`;
    // The page's text, marks and all: the concordance marks the rendering inside its sentence.
    const termText = async () => (await (await fetch(termPage)).text()).replace(/<[^>]*>/gu, '');
    expect(await termText()).not.toContain('Building a cyber superpower');
    expect((await fetch(`${baseURL()}/read/cli-added`)).status).toBe(404);

    const dir = mkdtempSync(path.join(tmpdir(), 'qp-cli-'));
    writeFileSync(path.join(dir, 'zh.txt'), ZH);
    writeFileSync(path.join(dir, 'en.txt'), EN.replace('Building a cyberpower', 'Building a cyber superpower'));
    const files = ['--zh', path.join(dir, 'zh.txt'), '--en', path.join(dir, 'en.txt')];
    expect(await importWithCli([...files, '--title', 'Changed by the CLI', '--slug', slug, '--replace'])).toBe(slug);
    expect(await importWithCli([...files, '--title', 'Added by the CLI', '--slug', 'cli-added'])).toBe('cli-added');
    // The server's indexer looks at the folders every second and indexes what changed.
    await expect.poll(async () => (await fetch(`${baseURL()}/read/cli-added`)).status, { timeout: 15_000 }).toBe(200);
    await expect.poll(async () => (await fetch(`${baseURL()}/read/${slug}`)).text(), { timeout: 15_000 }).toContain('Changed by the CLI');

    await page.reload();
    await hydrated(page);
    expect(await page.locator('h1').textContent()).toContain('Changed by the CLI');
    expect(await page.locator('.bead-en').first().textContent()).toContain('Building a cyber superpower');
    expect(await exported()).toContain('a cyber superpower');
    expect(await termText()).toContain('Building a cyber superpower');
    await page.context().close();
  });
});

describe('write guard', () => {
  it('refuses a write with 403 when the server listens beyond loopback and no token is set', async () => {
    const port = 30_000 + Math.floor(Math.random() * 20_000);
    const env = { ...process.env, QP_ADMIN_TOKEN: '' };
    const child = spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', '0.0.0.0'], { stdio: 'ignore', env });
    try {
      const url = `http://127.0.0.1:${port}`;
      for (let tries = 0; tries < 120; tries += 1) {
        try {
          if ((await fetch(url)).ok) break;
        } catch {
          // Not listening yet.
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const form = new FormData();
      form.set('en', EN);
      form.set('title', 'From afar');
      const response = await fetch(`${url}/api/import`, { method: 'POST', body: form, headers: { 'X-Forwarded-For': '127.0.0.1' } });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { message: string }).message).toContain('only from this machine');
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('refuses a request body over the limit with 413', async () => {
    const response = await fetch(`${baseURL()}/api/alignment/editor-merge`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: `{"version":"x","beads":[${'{"zh":[0],"en":[0]},'.repeat(60_000)}]}`,
    });
    expect(response.status).toBe(413);
  });
});
