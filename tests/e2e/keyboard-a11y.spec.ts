import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Journey 8: inbox → ticket → reply with the keyboard alone, and an axe scan of every view.
test.use({ start: 'account', seed: 'demo' });

/** Presses Tab until `target` has focus; fails after `max` presses (it is not reachable). */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, max = 25): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** A focused control must show it: an outline or a ring (box-shadow). */
async function expectVisibleFocus(target: ReturnType<Page['getByRole']>): Promise<void> {
  const style = await target.evaluate((el) => {
    const s = el.ownerDocument.defaultView!.getComputedStyle(el);
    return { outline: s.outlineStyle !== 'none' && s.outlineWidth !== '0px', ring: s.boxShadow !== 'none' };
  });
  expect(style.outline || style.ring).toBe(true);
}

test('keyboard only: find a ticket, open it, reply', async ({ app, sandbox }) => {
  const rows = app.getByRole('list', { name: 'Tickets' }).getByRole('link');
  await expect(rows.first()).toBeVisible();

  // "/" jumps to search; Tab leaves it for the ticket list (one tab stop for the whole list).
  await app.keyboard.press('/');
  await expect(app.getByRole('searchbox', { name: 'Search tickets' })).toBeFocused();
  await tabTo(app, rows.first());
  await expectVisibleFocus(rows.first());
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowDown');
  await expect(rows.nth(2)).toBeFocused();
  const ticketId = (
    (await rows
      .nth(2)
      .getByText(/^#\w+$/)
      .textContent()) ?? ''
  ).slice(1);
  await app.keyboard.press('Enter');
  await expect(rows.nth(2)).toHaveAttribute('aria-current', 'true');
  await expect(app.getByRole('list', { name: 'Conversation' })).toBeVisible();

  // "r" goes to the reply box; Tab reaches "Send reply"; Enter sends.
  await app.keyboard.press('r');
  const replyBox = app.getByRole('textbox', { name: 'Reply' });
  await expect(replyBox).toBeFocused();
  const text = 'Sent without touching the mouse.';
  await app.keyboard.type(text);
  const send = app.getByRole('button', { name: 'Send reply' });
  await tabTo(app, send, 5);
  await expectVisibleFocus(send);
  await app.keyboard.press('Enter');
  await expect(
    app.getByRole('list', { name: 'Conversation' }).getByRole('listitem').filter({ hasText: text }),
  ).toHaveCount(1);
  await expect
    .poll(async () => (await sandbox.ticket(ticketId)).notes.filter((n) => n.content === text).length)
    .toBe(1);

  // Escape goes back to the list.
  await app.keyboard.press('Escape');
  await app.keyboard.press('Escape');
  await expect(rows.nth(2)).toBeFocused();
});

/** Serious and critical axe violations, formatted for the failure message. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical problems in any view (${scheme})`, async ({ app }) => {
    await app.emulateMedia({ colorScheme: scheme });
    const found: Record<string, string[]> = {};
    const scan = async (view: string) => {
      found[view] = await seriousViolations(app);
    };

    const rows = app.getByRole('list', { name: 'Tickets' }).getByRole('link');
    await expect(rows.first()).toBeVisible();
    await scan('inbox');

    await rows.filter({ hasText: 'RDS MySQL CPU at 100%' }).click();
    await expect(app.getByRole('list', { name: 'Conversation' }).getByRole('listitem').nth(2)).toBeVisible();
    await scan('conversation');

    await app.getByRole('button', { name: 'Close ticket' }).click();
    await expect(app.getByRole('dialog')).toBeVisible();
    await scan('close dialog');
    await app.keyboard.press('Escape');

    await app.getByRole('button', { name: 'New ticket' }).click();
    await app.getByRole('combobox', { name: 'Product' }).selectOption('ecs');
    await app.getByRole('button', { name: 'Create ticket' }).click();
    await expect(app.getByRole('textbox', { name: 'Title' })).toHaveAttribute('aria-invalid', 'true');
    await scan('compose with errors');

    await app.getByRole('button', { name: 'Settings' }).click();
    await app.getByRole('button', { name: 'Add account' }).click();
    await expect(app.getByRole('textbox', { name: 'Account name' })).toBeVisible();
    await scan('settings');

    expect(found).toEqual({ inbox: [], conversation: [], 'close dialog': [], 'compose with errors': [], settings: [] });
  });
}

test.describe('first run', () => {
  test.use({ start: 'first-run' });

  test('axe finds no serious or critical problems on the first-run screen', async ({ app }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await app.emulateMedia({ colorScheme: scheme });
      await expect(app.getByRole('button', { name: 'Try demo' })).toBeVisible();
      expect(await seriousViolations(app)).toEqual([]);
    }
  });
});
