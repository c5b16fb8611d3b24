/**
 * Pop-up latency in Chromium: for every word of one reading page, the time from a mouse
 * pointer entering the word to the frame after the pop-up is in the DOM (the frame that
 * paints it). Prints p50, p95 and max. Run after `npm run build`.
 */
import { chromium } from 'playwright-core';
import { serveProductionBuild } from './lib/serve';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGE = '/read/qiushi-2024-14-cyber-law';

const server = await serveProductionBuild();
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}${PAGE}`);
  await page.waitForLoadState('networkidle');
  const timings = await page.evaluate(async () => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    const words = Array.from(document.querySelectorAll<HTMLElement>('[data-card]'));
    const out: number[] = [];
    for (const word of words) {
      word.scrollIntoView({ block: 'center' });
      await frame();
      const start = performance.now();
      word.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
      // rAF callbacks run just before a frame is painted: the first one that finds the
      // pop-up in the DOM belongs to the frame that shows it.
      let painted = await frame();
      while (!document.querySelector('[data-word-popover]')) painted = await frame();
      out.push(painted - start);
      word.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, pointerType: 'mouse' }));
      document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      while (document.querySelector('[data-word-popover]')) await frame();
    }
    return out;
  });
  timings.sort((a, b) => a - b);
  const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))] ?? NaN;
  console.log(`pop-up latency over ${timings.length} words of ${PAGE} (pointer-enter → painted frame)`);
  console.table({ p50: `${at(0.5).toFixed(1)} ms`, p95: `${at(0.95).toFixed(1)} ms`, max: `${(timings.at(-1) ?? NaN).toFixed(1)} ms` });
} finally {
  await browser.close();
  server.stop();
}
