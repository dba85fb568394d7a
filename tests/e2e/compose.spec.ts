import { expect, test } from './fixtures';

// Journey 3: compose — product, its categories, fields, a validation error, then "Create ticket".
test.use({ start: 'account', seed: 'empty' });

test('compose: categories follow the product, a bad email is caught, the ticket arrives intact', async ({
  app,
  sandbox,
}) => {
  const entered = {
    title: 'ECS 扩容后无法 SSH — 100% CPU & "quotes" <tag>',
    content: 'After resizing the disk of i-bp1example, SSH times out.\n第二行：安全组已放行 22 端口。',
    secretContent: 'root password: correct-horse-battery',
    phone: '+86 138 0000 0000',
  };

  await app.getByRole('button', { name: 'New ticket' }).click();
  const product = app.getByRole('combobox', { name: 'Product' });
  const category = app.getByRole('combobox', { name: 'Category' });
  await product.selectOption('ecs');
  // The category list is loaded for the chosen product.
  await expect(category).toBeEnabled();
  await expect(category.locator('option').nth(1)).toBeAttached();
  await category.selectOption({ index: 1 });
  const categoryId = await category.inputValue();
  expect(categoryId).not.toBe('');

  await app.getByRole('textbox', { name: 'Title' }).fill(entered.title);
  await app.getByRole('textbox', { name: 'Description' }).fill(entered.content);
  await app.getByRole('textbox', { name: 'Confidential details' }).fill(entered.secretContent);
  const email = app.getByRole('textbox', { name: 'Email' });
  await email.fill('ops@example');
  await app.getByRole('textbox', { name: 'Phone' }).fill(entered.phone);
  await app.getByRole('combobox', { name: 'Notifications' }).selectOption('never');
  await app.getByRole('combobox', { name: 'Language' }).selectOption('ja');

  const before = (await sandbox.requests()).next;
  await app.getByRole('button', { name: 'Create ticket' }).click();
  await expect(app.getByText('Enter a valid email address, such as name@example.com.')).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toBeFocused();
  // Nothing went to the server while the form was invalid.
  expect((await sandbox.requests(before)).requests.map((r) => r.action)).not.toContain('CreateTicket');

  await email.fill('ops@example.com');
  await app.getByRole('button', { name: 'Create ticket' }).click();
  const sent = app.getByText(/^Ticket \S+ created\./);
  await expect(sent).toBeVisible();
  const ticketId = (await sent.textContent())?.match(/^Ticket (\S+) created/)?.[1] ?? '';

  // In the inbox …
  await app.getByRole('button', { name: /^All\b/ }).click();
  await expect(app.getByRole('list', { name: 'Tickets' }).getByRole('link', { name: entered.title })).toBeVisible();
  // … and in the sandbox, every field as entered.
  const stored = await sandbox.ticket(ticketId);
  expect(stored).toMatchObject({
    title: entered.title,
    content: entered.content,
    secretContent: entered.secretContent,
    email: 'ops@example.com',
    phone: entered.phone,
    productCode: 'ecs',
    category: categoryId,
    notifyTimeRange: 'never',
    language: 'jp',
  });
  expect((await sandbox.requests(before)).requests.filter((r) => r.action === 'CreateTicket')).toHaveLength(1);
});
