import { expect, notificationsShown, test } from './fixtures';

// Journey 4: reply once → the sandbox holds one copy; an engineer answers → unread marker, one notification.
test.use({ start: 'account', seed: 'demo' });

const TITLE = 'Cannot SSH into ECS instance after resizing the system disk';

test('reply, then an engineer reply shows up unread with exactly one notification', async ({ app, sandbox }) => {
  const tickets = app.getByRole('list', { name: 'Tickets' });
  const row = tickets.getByRole('link', { name: new RegExp(TITLE) });
  await row.click();
  const ticketId = ((await row.getByText(/^#\w+$/).textContent()) ?? '').slice(1);
  const conversation = app.getByRole('list', { name: 'Conversation' });
  await expect(conversation).toBeVisible();

  const myReply = 'The instance is still unreachable after a second reboot. 请尽快处理。';
  await app.getByRole('textbox', { name: 'Reply' }).fill(myReply);
  await app.getByRole('button', { name: 'Send reply' }).click();
  await expect(conversation.getByRole('listitem').filter({ hasText: myReply })).toHaveCount(1);
  await expect(app.getByRole('textbox', { name: 'Reply' })).toHaveValue('');
  await expect
    .poll(async () => (await sandbox.ticket(ticketId)).notes.filter((n) => n.content === myReply).length)
    .toBe(1);

  // Look at another ticket, then support answers the first one.
  await tickets.getByRole('link', { name: /Unexpected CDN traffic charges/ }).click();
  const engineer = 'Please detach the data disk and run fsck from the rescue system, then try again.';
  await sandbox.engineerReply(ticketId, engineer);
  await app.getByRole('button', { name: 'Sync now' }).click();

  await expect(row).toContainText('New reply');
  await expect.poll(() => notificationsShown(app)).toHaveLength(1);
  expect(await notificationsShown(app)).toEqual([{ title: TITLE, body: engineer, tag: ticketId }]);

  await row.click();
  await expect(conversation.getByRole('listitem').filter({ hasText: engineer })).toBeVisible();
  await expect(row).not.toContainText('New reply');

  // Another sync finds nothing new: still one notification, and still one copy of the reply.
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(app.getByRole('status', { name: 'Sync status' })).toContainText('Last synced');
  expect(await notificationsShown(app)).toHaveLength(1);
  const stored = await sandbox.ticket(ticketId);
  expect(stored.notes.filter((n) => n.content === myReply)).toHaveLength(1);
  expect(stored.notes.filter((n) => n.content === engineer && n.fromOfficial)).toHaveLength(1);
});
