/**
 * Pop-up latency in Chromium: for every word of one reading page, the time from a mouse
 * pointer entering the word to the pop-up being in the DOM, and to the frame that paints it
 * (which waits for the next 60 Hz frame). Prints p50, p95 and max. Run after `npm run build`.
 *
 * POPUP_BASELINE=DIR measures the production build of another checkout in the same run (builds
 * from before the lighter pages marked words with data-card, hence both selectors). A shared machine's
 * noise moves a p95 by several milliseconds from one pass to the next, so the builds take turns:
 * POPUP_ROUNDS passes each (default 3), the order flipped every round; the figures pool all passes.
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from './lib/chromium';
import { percentile, turnOrder } from './lib/measure';
import { serveProductionBuild, type Server } from './lib/serve';

const PAGE = '/read/qiushi-2024-14-cyber-law';
const BASELINE_DIR = process.env.POPUP_BASELINE;
const ROUNDS = Number(process.env.POPUP_ROUNDS ?? 3);

const IN_PAGE_MEASUREMENT = `(async () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const words = Array.from(document.querySelectorAll('[data-lookup], [data-card]'));
  const out = { inDom: [], painted: [] };
  let insertedAt = 0;
  new MutationObserver(() => {
    if (!insertedAt && document.querySelector('[data-word-popover]')) insertedAt = performance.now();
  }).observe(document.body, { childList: true, subtree: true });
  for (const word of words) {
    word.scrollIntoView({ block: 'center' });
    await frame();
    insertedAt = 0;
    const start = performance.now();
    word.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
    // rAF callbacks run just before a frame is painted: the first one that finds the
    // pop-up in the DOM belongs to the frame that shows it.
    let painted = await frame();
    while (!document.querySelector('[data-word-popover]')) painted = await frame();
    out.inDom.push(insertedAt - start);
    out.painted.push(painted - start);
    word.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, pointerType: 'mouse' }));
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    while (document.querySelector('[data-word-popover]')) await frame();
  }
  return out;
})()`;

/** Pop-up timings over every word of PAGE as served by `server`. */
async function measure(browser: Browser, server: Server) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}${PAGE}`);
  await page.waitForLoadState('networkidle');
  // Words are marked up when idle and the look-up cards prefetched after that: measure the reader who hovers after both.
  await page.waitForFunction(() => !document.querySelector('p[data-p]:not([data-marked])'));
  await page.waitForLoadState('networkidle');
  // Passed as source text: the function must reach the page exactly as written (no bundler helpers).
  const timings = await page.evaluate<{ inDom: number[]; painted: number[] }>(IN_PAGE_MEASUREMENT);
  await page.close();
  return timings;
}

const stats = (values: number[]) => {
  const at = (p: number) => `${percentile(values, p).toFixed(1)} ms`;
  return { p50: at(50), p95: at(95), max: at(100) };
};

const builds: Array<{ name: string; server: Server; inDom: number[]; painted: number[] }> = [
  { name: 'this build', server: await serveProductionBuild(), inDom: [], painted: [] },
];
if (BASELINE_DIR)
  builds.push({ name: `baseline ${BASELINE_DIR}`, server: await serveProductionBuild(BASELINE_DIR), inDom: [], painted: [] });
const browser = await launchChromium();
try {
  let words = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const build of turnOrder(builds, round)) {
      const timings = await measure(browser, build.server);
      words = timings.painted.length;
      build.inDom.push(...timings.inDom);
      build.painted.push(...timings.painted);
    }
  }
  const table: Record<string, ReturnType<typeof stats>> = {};
  for (const { name, inDom, painted } of builds) {
    table[`${name}: pointer-enter → pop-up in the DOM`] = stats(inDom);
    table[`${name}: pointer-enter → frame that paints it (60 Hz)`] = stats(painted);
  }
  console.log(`pop-up latency over ${words} words of ${PAGE}, ${ROUNDS} passes per build`);
  console.table(table);
} finally {
  await browser.close();
  for (const { server } of builds) server.stop();
}
