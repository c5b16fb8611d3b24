import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findingTarget } from '@/lib/review';
import { documentList, indexedDocument } from '@/lib/store';
import { noteId, type TermNote } from '@/lib/terms';
import { serveProductionBuild } from '../../scripts/lib/serve';
import { axeViolations, severe } from './axe';
import { openPage, useBrowser, useServedIndex } from './browser';

const browser = useBrowser();
const servedIndex = useServedIndex();

/** A term and rendering found as a finding in two bilingual documents, with the note ids of each. */
async function sharedFinding() {
  const index = servedIndex();
  const seen = new Map<string, Map<string, string[]>>();
  for (const { slug, kind } of await documentList(index)) {
    if (kind !== 'bilingual') continue;
    const doc = (await indexedDocument(index, slug))!;
    for (const note of doc.notes) {
      if (note.kind === 'number-mismatch' || note.rendering === null) continue;
      const target = findingTarget(note, doc);
      const key = `${target.term}\u0000${target.rendering}`;
      const bySlug = seen.get(key) ?? new Map<string, string[]>();
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), noteId(note as TermNote)]);
      seen.set(key, bySlug);
    }
  }
  const [key, bySlug] = [...seen].find(([, bySlug]) => bySlug.size >= 2) ?? [];
  if (!key || !bySlug) throw new Error('no term rendering is a finding in two documents');
  return [...bySlug].slice(0, 2);
}

const openCount = async (page: Page) => Number(await page.locator('[data-open]').getAttribute('data-open'));
const shownIds = (page: Page) => page.locator('[data-note-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-note-id')));

describe('review decisions', () => {
  it('marks a finding as an accepted variant of the term everywhere: it leaves the open list of both documents, after a restart and in another profile', async () => {
    const [[first, firstIds], [second, secondIds]] = (await sharedFinding()) as [[string, string[]], [string, string[]]];
    const page = await openPage(browser(), `/checklist/${first}`);
    const before = await openCount(page);
    const note = page.locator(`[data-note-id="${firstIds[0]}"]`);
    // From the keyboard: the Decide button, the status radios, the scope and the name.
    await note.getByRole('button', { name: 'Decide' }).focus();
    await page.keyboard.press('Enter');
    const form = note.locator('form');
    await form.getByLabel('Accepted variant').check();
    await form.getByLabel('Applies to').selectOption('term');
    await form.getByLabel('Reason (optional)').fill('the sources use it');
    await form.getByLabel('Your name (optional)').fill('Reviewer A');
    expect(severe(await axeViolations(page))).toEqual([]);
    await form.getByRole('button', { name: /^Save for 1 finding$/ }).click();
    await expect.poll(() => openCount(page)).toBeLessThanOrEqual(before - firstIds.length);
    expect(await shownIds(page)).not.toContain(firstIds[0]);
    // Shown among the decided ones, with who decided and why.
    await page.getByLabel('Review').selectOption('decided');
    expect(new URL(page.url()).search).toBe('?review=decided');
    expect(await page.locator(`[data-note-id="${firstIds[0]}"]`).textContent()).toMatch(
      /Accepted variant \(this term everywhere, Reviewer A, .*\): the sources use it/,
    );
    await page.context().close();

    // Another profile (no storage in common), and a server started anew over the same library.
    const restarted = await serveProductionBuild();
    try {
      const other = await browser().newContext({ baseURL: restarted.url });
      const elsewhere = await other.newPage();
      await elsewhere.goto(`/checklist/${second}`);
      await elsewhere.locator('[data-open]').waitFor();
      const shown = await shownIds(elsewhere);
      for (const id of secondIds) expect(shown).not.toContain(id);
      await elsewhere.goto(`/checklist/${second}?review=decided`);
      await elsewhere.locator(`[data-note-id="${secondIds[0]}"]`).waitFor();
      await other.close();
    } finally {
      restarted.stop();
    }
  });

  it('decides on every open finding of a group at once, and offers the report as CSV', async () => {
    const page = await openPage(browser(), '/checklist/qiushi-2024-14-self-confidence');
    const term = await page
      .locator('[data-checklist] > ol > li')
      .filter({ has: page.getByRole('button', { name: /^Decide on the \d+ open findings/ }) })
      .first()
      .getAttribute('data-item-term');
    // Found again by its term: once its form is open the group no longer has the button.
    const group = page.locator(`[data-checklist] > ol > li[data-item-term=${JSON.stringify(term)}]`);
    const button = group.getByRole('button', { name: /^Decide on the \d+ open findings/ });
    const count = Number(/(\d+)/u.exec((await button.textContent()) ?? '')?.[1]);
    await button.click();
    await group.locator('form').getByLabel('False positive').check();
    await group
      .locator('form')
      .getByRole('button', { name: `Save for ${count} findings` })
      .click();
    await expect.poll(() => group.count()).toBe(0);
    const csv = await (await page.request.get(`${page.url().split('?')[0]}/report.csv`)).text();
    expect(csv.split('\r\n')[0]).toBe('slug,translation,bead,severity,kind,term,message,status,applies to,reviewer,decided,reason,link');
    expect(csv.split('\r\n').filter((line) => line.includes(',False positive,')).length).toBeGreaterThanOrEqual(count);
    await page.context().close();
  });
});
