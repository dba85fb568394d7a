import { expect, test } from './fixtures';

// Journey 1: a first run with no account → "Try demo" → the demo inbox → one conversation.
test.use({ start: 'first-run' });

test('first run: Try demo lists the demo tickets and opens a conversation', async ({ app }) => {
  await expect(app.getByRole('heading', { name: 'Welcome to Workorder Desk' })).toBeVisible();
  await app.getByRole('button', { name: 'Try demo' }).click();

  const tickets = app.getByRole('list', { name: 'Tickets' });
  // Titles from the demo data set, in English and Chinese.
  await expect(tickets.getByRole('link', { name: /Cannot SSH into ECS instance after resizing/ })).toBeVisible();
  await expect(tickets.getByRole('link', { name: /OSS Bucket 设置跨域规则后仍然报 CORS 错误/ })).toBeVisible();
  expect(await tickets.getByRole('link').count()).toBeGreaterThan(5);

  await tickets.getByRole('link', { name: /Unexpected CDN traffic charges on the April bill/ }).click();
  await expect(app.getByRole('heading', { name: 'Unexpected CDN traffic charges on the April bill' })).toBeVisible();
  const conversation = app.getByRole('list', { name: 'Conversation' });
  await expect(conversation.getByRole('listitem').first()).toBeVisible();
  expect(await conversation.getByRole('listitem').count()).toBeGreaterThan(1);
});
