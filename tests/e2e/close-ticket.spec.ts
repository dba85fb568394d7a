import { expect, test } from './fixtures';

// Journey 6: closing a ticket asks for confirmation; afterwards it is Closed and cannot be replied to.
test.use({ start: 'account', seed: 'demo' });

const TITLE = 'WAF blocks legitimate POST requests to /api/upload';

test('close a ticket with confirmation: state Closed, reply box gone', async ({ app, sandbox }) => {
  const row = app.getByRole('list', { name: 'Tickets' }).getByRole('link', { name: TITLE });
  await row.click();
  const ticketId = ((await row.getByText(/^#\w+$/).textContent()) ?? '').slice(1);
  await expect(app.getByRole('textbox', { name: 'Reply' })).toBeVisible();

  // Cancelling the confirmation leaves the ticket open.
  await app.getByRole('button', { name: 'Close ticket' }).click();
  const dialog = app.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await sandbox.ticket(ticketId)).status).not.toBe('confirmed');

  await app.getByRole('button', { name: 'Close ticket' }).click();
  await dialog.getByRole('button', { name: 'Confirm close' }).click();
  await expect(dialog).toBeHidden();

  await expect(app.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(app.getByText('This ticket is closed. Replies are turned off.')).toBeVisible();
  await expect(row).toContainText('Closed');
  await expect(app.getByRole('textbox', { name: 'Reply' })).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'Send reply' })).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'Close ticket' })).toHaveCount(0);
  await expect.poll(async () => (await sandbox.ticket(ticketId)).status).toBe('confirmed');

  // Still closed after a reload (from the cache).
  await app.reload();
  await row.click();
  await expect(app.getByText('This ticket is closed. Replies are turned off.')).toBeVisible();
  await expect(app.getByRole('textbox', { name: 'Reply' })).toHaveCount(0);
});
