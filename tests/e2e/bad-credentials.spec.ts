import { expect, test } from './fixtures';

// Journey 7: a wrong secret is caught by "Test connection" with a clear message, and nothing is saved.
test.use({ start: 'endpoint' });

test('bad credentials: a clear error on Test connection, nothing saved', async ({ app, sandbox }) => {
  await app.getByRole('button', { name: 'Add account' }).click();
  await app.getByRole('textbox', { name: 'Account name' }).fill('Production');
  await app.getByRole('textbox', { name: 'AccessKey ID' }).fill(sandbox.accessKeyId);
  await app.getByRole('textbox', { name: 'AccessKey secret' }).fill('not-the-right-secret');
  await app.getByRole('textbox', { name: 'Endpoint' }).fill(sandbox.endpoint);

  await app.getByRole('button', { name: 'Test connection' }).click();
  const failure = app.getByText(/^Connection failed: /);
  await expect(failure).toBeVisible();
  // Clear for a person: it names the key as the problem, and never echoes the secret.
  await expect(failure).toContainText(/AccessKey|secret|key/i);
  await expect(failure).not.toContainText('not-the-right-secret');

  await app.getByRole('button', { name: 'Save account' }).click();
  await expect(app.getByRole('alert').filter({ hasText: 'The account was not saved' })).toBeVisible();

  // Nothing was stored: after a reload the app is still on its first-run screen.
  await app.reload();
  await expect(
    app
      .getByRole('button', { name: 'Try demo' })
      .or(app.getByRole('button', { name: 'Add account' }))
      .first(),
  ).toBeVisible();
  await expect(app.getByRole('list', { name: 'Tickets' })).toHaveCount(0);
  const requests = await sandbox.requests();
  expect(requests.requests.length).toBeGreaterThan(0);
  expect(requests.requests.every((r) => r.action === 'ListProducts')).toBe(true);
});
