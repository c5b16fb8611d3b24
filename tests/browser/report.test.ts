import { describe, expect, it } from 'vitest';
import type { TranslationKind } from '@/lib/corpus';
import { REPORT_PAGE_SIZE } from '@/lib/reader/notes';
import { documentList, indexedDocument } from '@/lib/store';
import { baseURL, openPage, useBrowser, useServedIndex } from './browser';

const browser = useBrowser();
const servedIndex = useServedIndex();

/** The bilingual documents of the served library with notes, and each one's kind of translation and number of notes. */
async function documentsWithNotes() {
  const index = servedIndex();
  const found: Array<{ slug: string; kind: TranslationKind; notes: number }> = [];
  for (const { slug, kind, meta } of await documentList(index)) {
    const notes = kind === 'bilingual' ? ((await indexedDocument(index, slug))?.notes.length ?? 0) : 0;
    if (notes > 0) found.push({ slug, kind: meta.translation.kind, notes });
  }
  return found;
}

const csvColumn = (csv: string, column: number) =>
  csv
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(',')[column]);

describe('the review report across the library', () => {
  it('restricts the findings, their CSV and the notes CSV to the documents of the kind of translation chosen', async () => {
    const documents = await documentsWithNotes();
    const kinds = [...new Set(documents.map((d) => d.kind))];
    // The corpus essays are machine translations, the test fixtures of unknown kind: two kinds to tell apart.
    expect(kinds.length).toBeGreaterThanOrEqual(2);
    // Linked from the glossary's page.
    const page = await openPage(browser(), '/terms');
    await Promise.all([page.waitForURL('**/checklist'), page.getByRole('link', { name: /^review report of the library/ }).click()]);
    expect(await page.locator('[data-report-document]').count()).toBe(documents.length);
    // The served library fits on one page: no pager, and no page past it.
    expect(documents.length).toBeLessThanOrEqual(REPORT_PAGE_SIZE);
    expect(await page.getByRole('navigation', { name: 'Report pages' }).count()).toBe(0);
    for (const kind of kinds) {
      const expected = documents.filter((d) => d.kind === kind);
      // From the keyboard: the labelled control, then Tab to Show and Enter.
      const control = page.getByLabel('Translation');
      await control.focus();
      await control.selectOption(kind);
      await page.keyboard.press('Tab');
      await Promise.all([page.waitForURL(`**/checklist?translation=${kind}`), page.keyboard.press('Enter')]);
      const shown = page.locator('[data-report-document]');
      expect(await shown.evaluateAll((els) => els.map((el) => el.getAttribute('data-report-document')))).toEqual(
        expected.map((d) => d.slug),
      );
      expect(
        await page
          .locator('[data-report-document] [data-translation-kind]')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-translation-kind'))),
      ).toEqual(expected.map(() => kind));
      for (const doc of expected)
        expect(await page.locator(`[data-report-document="${doc.slug}"] tr[data-note-id]`).count()).toBe(doc.notes);
      expect(await page.getByLabel('Translation').inputValue()).toBe(kind);

      const report = await (await fetch(`${baseURL()}${await page.locator('[data-report-csv]').getAttribute('href')}`)).text();
      expect(new Set(csvColumn(report, 1))).toEqual(new Set([kind]));
      expect(new Set(csvColumn(report, 0))).toEqual(new Set(expected.map((d) => d.slug)));
      const notes = await (await fetch(`${baseURL()}/exports/notes.csv?translation=${kind}`)).text();
      expect(csvColumn(notes, 0).length).toBe(expected.reduce((n, d) => n + d.notes, 0));
      expect(new Set(csvColumn(notes, 0))).toEqual(new Set(expected.map((d) => d.slug)));
    }
    await page.context().close();
    for (const path of [
      '/checklist?translation=automatic',
      '/checklist?page=2',
      '/checklist?page=0',
      '/checklist?page=1.5',
      '/checklist/report.csv?translation=automatic',
      '/exports/notes.csv?translation=automatic',
      '/exports/corpus.tmx?translation=machine',
    ])
      expect((await fetch(`${baseURL()}${path}`)).status, path).toBe(404);
  });
});
