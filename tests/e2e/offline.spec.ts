import { expect, test } from './fixtures';

// Journey 5: the API goes away → "Offline", the cache still serves (even after a reload), a reply is
// queued; the API comes back on the same port and data → the reply is delivered exactly once.
test.use({ start: 'account', seed: 'demo' });

const TITLE = 'RDS MySQL CPU at 100% since minor version upgrade';
const ENGINEER_TEXT = 'running ANALYZE TABLE orders may restore the previous plan';

test('offline: cached tickets stay browsable, a reply is queued and delivered once later', async ({ app, sandbox }) => {
  const tickets = app.getByRole('list', { name: 'Tickets' });
  const row = tickets.getByRole('link', { name: TITLE });
  const conversation = app.getByRole('list', { name: 'Conversation' });
  const status = app.getByRole('status', { name: 'Sync status' });

  // Read the ticket once while online, so its conversation is cached.
  await row.click();
  const ticketId = ((await row.getByText(/^#\w+$/).textContent()) ?? '').slice(1);
  await expect(conversation).toContainText(ENGINEER_TEXT);

  await sandbox.stop();
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(status).toContainText('Offline');

  await app.reload();
  await expect(status).toContainText('Offline');
  await expect(tickets.getByRole('link')).not.toHaveCount(0);
  await row.click();
  await expect(app.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(conversation).toContainText(ENGINEER_TEXT);

  const reply = 'ANALYZE TABLE helped for an hour, then the plan regressed again.';
  await app.getByRole('textbox', { name: 'Reply' }).fill(reply);
  await app.getByRole('button', { name: 'Send reply' }).click();
  await expect(app.getByText(/The reply is queued and will be sent when the connection returns\./)).toBeVisible();
  await expect(conversation.getByRole('listitem').filter({ hasText: reply })).toHaveCount(1);
  await expect(app.getByRole('button', { name: 'Outbox' })).toHaveAccessibleDescription('1 waiting to send');

  await sandbox.restart();
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(status).toContainText('Last synced');
  await expect(status).not.toContainText('Offline');
  await expect
    .poll(async () => (await sandbox.ticket(ticketId)).notes.filter((n) => n.content === reply).length)
    .toBe(1);
  await expect(app.getByRole('button', { name: 'Outbox' })).not.toHaveAccessibleDescription(/waiting to send/);
  await expect(conversation.getByRole('listitem').filter({ hasText: reply })).toHaveCount(1);

  // Nothing is sent twice by later syncs.
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(status).toContainText('Last synced');
  expect((await sandbox.ticket(ticketId)).notes.filter((n) => n.content === reply)).toHaveLength(1);
});
