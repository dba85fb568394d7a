/// <reference lib="dom" />
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/helpers/chromium';
import { createSessionOnlyStore } from '../../src/main/core/credentials/session-only-store';
import { startPreview } from '../../src/main/preview/preview';
import type { ResultLine } from '../lib/results';
import { summarize } from '../lib/stats';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ROW = '[aria-label="Tickets"] [role="listitem"] a.ticket-row-button';
const PAINTED = 'wd-first-rows-painted';

/** Renderer JavaScript as shipped: every built JS asset, gzip-compressed. */
export function bundleGzipKb(): number {
  const dir = path.join(ROOT, 'out/renderer/assets');
  const bytes = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(path.join(dir, f)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

/**
 * The real built renderer against the real core (preview harness) in Debian's Chromium, on a cache
 * that already holds 10,000 tickets: what a person sees when they open the app.
 */
export async function measureRenderer(
  dataDir: string,
  accountId: string,
  secret: string,
  runs: number,
  label: string,
): Promise<ResultLine[]> {
  const credentials = createSessionOnlyStore();
  await credentials.set(accountId, secret);
  const preview = await startPreview({ dataDir, credentials, demo: false });
  const browser = await chromium.launch(chromiumLaunchOptions);
  const lines: ResultLine[] = [];
  try {
    const paints: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      // In-page clock: performance.now() is measured from navigation start.
      await page.addInitScript(
        ({ selector, painted }) => {
          const w = window as unknown as { __firstRowsPainted?: number };
          // The first row in the DOM, then the frame that paints it (rAF runs before paint; the
          // task after it runs once the frame is out).
          const observer = new MutationObserver(() => {
            if (!document.querySelector(selector)) return;
            observer.disconnect();
            requestAnimationFrame(() =>
              setTimeout(() => {
                w.__firstRowsPainted = performance.now();
                console.debug(painted);
              }, 0),
            );
          });
          observer.observe(document, { childList: true, subtree: true });
        },
        { selector: ROW, painted: PAINTED },
      );
      // Wait on a console message, not page.waitForFunction: that makes Playwright evaluate its
      // injected script in the page right after the load event, a 15-40 ms main-thread task the
      // desktop app never runs, which lands on the measured path once the app renders after load.
      const painted = page.waitForEvent('console', { predicate: (m) => m.text() === PAINTED, timeout: 30_000 });
      await page.goto(preview.url);
      await painted.catch(async (error: unknown) => {
        const shot = path.join(tmpdir(), 'wd-bench-renderer-failure.png');
        await page.screenshot({ path: shot });
        throw new Error(`no ticket rows appeared; screenshot: ${shot}`, { cause: error });
      });
      paints.push(await page.evaluate(() => (window as unknown as { __firstRowsPainted: number }).__firstRowsPainted));
      if (i === runs - 1) {
        const rowCount = () => page.locator('[aria-label="Tickets"] [role="listitem"]').count();
        const atTop = await rowCount();
        await page.evaluate(() => {
          const el = document.querySelector('.ticket-scroll');
          if (el) el.scrollTop = el.scrollHeight / 2;
        });
        await page.waitForTimeout(500);
        const middle = await rowCount();
        await page.evaluate(() => {
          const el = document.querySelector('.ticket-scroll');
          if (el) el.scrollTop = el.scrollHeight;
        });
        await page.waitForTimeout(500);
        const end = await rowCount();
        const maxRows = Math.max(atTop, middle, end);
        lines.push({
          id: 'renderer.rows.max',
          what: `rendered ticket rows (top / middle / end of ${label})`,
          value: maxRows,
          unit: 'rows',
          target: 100,
          note: `${atTop} / ${middle} / ${end}`,
        });

        await page.evaluate(() => {
          const el = document.querySelector('.ticket-scroll');
          if (el) el.scrollTop = 0;
        });
        const searchTimes: number[] = [];
        for (const query of ['退款', 'connection', '請求']) {
          const start = Date.now();
          await page.getByRole('searchbox', { name: 'Search tickets' }).fill(query);
          await page.waitForFunction(
            ([selector, q]) => {
              const first = document.querySelector(selector as string);
              return !!first && (first.closest('[role="listitem"]')?.textContent ?? '').includes(q as string);
            },
            [ROW, query],
            { timeout: 30_000 },
          );
          searchTimes.push(Date.now() - start);
        }
        lines.push({
          id: 'renderer.search.ms',
          what: 'typing a search → matching rows shown (median of 3 queries)',
          value: summarize(searchTimes).median,
          unit: 'ms',
          note: `includes the input debounce; samples ${searchTimes.join(', ')} ms`,
        });
      }
      await context.close();
    }
    const s = summarize(paints);
    lines.unshift({
      id: 'renderer.firstRows.median',
      what: `navigation → first ticket rows painted, ${label} cached (Chromium)`,
      value: Math.round(s.median),
      unit: 'ms',
      target: 300,
      note: `p95 ${Math.round(s.p95)} ms, n=${s.n}`,
    });
  } finally {
    await browser.close();
    await preview.close();
  }
  lines.push({
    id: 'renderer.bundle.gzip',
    what: 'renderer JavaScript (gzip)',
    value: bundleGzipKb(),
    unit: 'KB',
    target: 250,
  });
  return lines;
}
