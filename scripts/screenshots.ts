// `npm run screenshots`: builds the app, runs it in the web preview with the demo data set, and
// writes docs/screenshots/<view>-<theme>-<language>.png at 1280×800 for every view, in light and
// dark, English and Chinese. Navigation uses the English accessible names (architecture §5); the
// language is switched through settings once a view is on screen.
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/helpers/chromium';
import type { Settings } from '../src/shared/domain';
import { startPreview, type Preview } from '../src/main/preview/preview';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'docs/screenshots');
const THEMES = ['light', 'dark'] as const;
const LANGUAGES = ['en', 'zh'] as const;
type Language = (typeof LANGUAGES)[number];
type Theme = (typeof THEMES)[number];

/**
 * Each view: how to reach it from the previous one, and what shows that it has finished loading;
 * `localize` swaps the sample content for the language's own once the UI has switched, so the
 * Chinese pictures are not Chinese chrome around English text.
 */
const VIEWS: {
  name: string;
  open(page: Page): Promise<void>;
  localize?(page: Page, language: Language): Promise<void>;
}[] = [
  {
    name: 'first-run',
    open: (page) => page.getByRole('button', { name: 'Try demo' }).waitFor(),
  },
  {
    name: 'inbox',
    async open(page) {
      await page.getByRole('button', { name: 'Try demo' }).click();
      await page.getByRole('list', { name: 'Tickets' }).getByRole('link').first().waitFor();
    },
  },
  {
    name: 'conversation',
    async open(page) {
      // A demo ticket with a real back-and-forth (two engineer replies).
      await page
        .getByRole('list', { name: 'Tickets' })
        .getByRole('link', { name: /RDS MySQL CPU at 100%/ })
        .click();
      await page.getByRole('list', { name: 'Conversation' }).getByRole('listitem').nth(2).waitFor();
    },
    async localize(page, language) {
      if (language !== 'zh') return;
      // A Chinese demo ticket with a back-and-forth; found by search, then the search is cleared.
      const search = page.getByRole('searchbox', { name: '搜索工单' });
      await search.fill('冷启动');
      await page
        .getByRole('list', { name: '工单' })
        .getByRole('link', { name: /函数计算冷启动时间过长/ })
        .click();
      await page.getByRole('heading', { name: '函数计算冷启动时间过长' }).waitFor();
      await search.fill('');
      await page.getByRole('list', { name: '对话' }).getByRole('listitem').nth(2).waitFor();
      await page.evaluate('document.activeElement?.blur()');
    },
  },
  {
    name: 'compose',
    async open(page) {
      await page.getByRole('button', { name: 'New ticket' }).click();
      const product = page.getByRole('combobox', { name: 'Product' });
      await product.waitFor();
      await product.selectOption('rds');
      const category = page.getByRole('combobox', { name: 'Category' });
      await category.locator('option').nth(1).waitFor({ state: 'attached' });
      await category.selectOption({ index: 1 });
      await page.getByRole('textbox', { name: 'Title' }).fill('Cannot connect to RDS from ECS in the same VPC');
      await page
        .getByRole('textbox', { name: 'Description' })
        .fill('Since 09:00 today connections from i-bp1… to rm-bp1… time out. Security groups allow 3306.');
      await page.getByRole('textbox', { name: 'Email' }).fill('ops@example.com');
      // No focus ring in the picture.
      await page.evaluate('document.activeElement?.blur()');
    },
    async localize(page, language) {
      if (language !== 'zh') return;
      await page.getByRole('textbox', { name: '标题' }).fill('同一 VPC 内的 ECS 无法连接 RDS');
      await page
        .getByRole('textbox', { name: '问题描述' })
        .fill('今天 09:00 起，从 i-bp1… 到 rm-bp1… 的连接全部超时。安全组已放行 3306 端口。');
      await page.evaluate('document.activeElement?.blur()');
    },
  },
  {
    name: 'settings',
    async open(page) {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('button', { name: 'Add account' }).waitFor();
    },
  },
];

/** Chinese text renders as empty boxes without a CJK font; refuse to write such pictures. */
function requireCjkFont(): void {
  const found = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  if (found.status !== 0 || found.stdout.trim() === '') {
    throw new Error('no Chinese font installed; install one first (Debian: apt-get install fonts-noto-cjk)');
  }
}

function build(): void {
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('npx electron-vite build failed');
}

async function setSettings(preview: Preview, patch: Partial<Settings>): Promise<void> {
  const result = await preview.core.handle('settings.set', patch);
  if (!result.ok) throw new Error(`settings.set failed: ${result.error.message}`);
}

async function shoot(page: Page, file: string): Promise<void> {
  // Let fonts, transitions, the language switch and its refetches (localized catalog) settle.
  await page.waitForFunction('!document.querySelector(\'[aria-busy="true"]\')');
  await page.evaluate('document.fonts.ready');
  await page.waitForTimeout(150);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  console.log(path.relative(ROOT, file));
}

async function captureTheme(theme: Theme, browser: Awaited<ReturnType<typeof chromium.launch>>): Promise<void> {
  const preview = await startPreview({ autoReplySeconds: 0 });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    colorScheme: theme,
    reducedMotion: 'reduce',
    locale: 'en-US',
    timezoneId: 'Asia/Shanghai',
  });
  try {
    await setSettings(preview, { theme, language: 'en' });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(preview.url);
    for (const view of VIEWS) {
      await view.open(page);
      for (const language of LANGUAGES) {
        await setSettings(preview, { language });
        await page.locator(`html[lang^="${language}"]`).waitFor({ state: 'attached' });
        await view.localize?.(page, language);
        await shoot(page, path.join(OUT_DIR, `${view.name}-${theme}-${language}.png`));
      }
      await setSettings(preview, { language: 'en' });
      await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    }
  } finally {
    await context.close();
    await preview.close();
  }
}

async function main(): Promise<void> {
  requireCjkFont();
  build();
  await mkdir(OUT_DIR, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    for (const theme of THEMES) await captureTheme(theme, browser);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
