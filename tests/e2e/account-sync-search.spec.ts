import { expect, test } from './fixtures';

// Journey 2: add an account against a sandbox → full sync with progress → filters and search narrow the list.
const TICKETS = 240; // three ListTickets pages of 100
test.use({ start: 'endpoint', seed: { load: TICKETS } });

test('add account, full sync with progress, then filters and search narrow the inbox', async ({ app, sandbox }) => {
  // Slow pages down so the progress of the three-page sync stays on screen long enough to read.
  await sandbox.setFaults({ latencyMs: 600, actions: ['ListTickets'] });

  await app.getByRole('button', { name: 'Add account' }).click();
  await app.getByRole('textbox', { name: 'Account name' }).fill('Sandbox');
  await app.getByRole('textbox', { name: 'AccessKey ID' }).fill(sandbox.accessKeyId);
  await app.getByRole('textbox', { name: 'AccessKey secret' }).fill(sandbox.accessKeySecret);
  await app.getByRole('textbox', { name: 'Endpoint' }).fill(sandbox.endpoint);
  await app.getByRole('button', { name: 'Test connection' }).click();
  await expect(app.getByText(/^Connected in \d+ ms — \d+ products available\.$/)).toBeVisible();
  await app.getByRole('button', { name: 'Save account' }).click();

  const status = app.getByRole('status', { name: 'Sync status' });
  await expect(status).toContainText(/Syncing [0-3]\/3 pages/);
  await expect(status).toContainText('Last synced', { timeout: 20_000 });
  const results = app.getByRole('main').getByText(/^\d+ tickets?$/);
  await expect(results).toHaveText(`${TICKETS} tickets`);

  // Status filter buttons show their counts (architecture §5 names them "All", "Open", …).
  const group = (name: string) => app.getByRole('navigation').getByRole('button', { name: new RegExp(`^${name}\\b`) });
  const numberIn = async (text: Promise<string | null>) => Number((await text)?.match(/\d+/)?.[0]);
  await expect(group('All')).toContainText(String(TICKETS));

  const rows = app.getByRole('list', { name: 'Tickets' }).getByRole('link');

  // Every visible row (up to eight) passes `check`; nth() re-resolves, so a list still re-rendering is waited for.
  const eachRow = async (count: number, check: RegExp) => {
    for (let i = 0; i < Math.min(count, 8); i++) await expect(rows.nth(i)).toContainText(check);
  };

  // A status filter: exactly the Closed group, as many as the sidebar says.
  await group('Closed').click();
  await expect(rows.first()).toContainText(/Closed|Completed/);
  const closedCount = await numberIn(results.textContent());
  expect(closedCount).toBeGreaterThan(0);
  expect(closedCount).toBeLessThan(TICKETS);
  await expect(group('Closed')).toContainText(String(closedCount));
  await eachRow(closedCount, /Closed|Completed/);

  // Search, English then a two-character Chinese term: fewer rows, each showing the match.
  await group('All').click();
  const search = app.getByRole('searchbox', { name: 'Search tickets' });
  let count = TICKETS;
  for (const term of ['refund', '退款']) {
    await search.fill(term);
    await expect(rows.first()).toContainText(new RegExp(term, 'i'));
    count = await numberIn(results.textContent());
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(TICKETS);
    await eachRow(count, new RegExp(term, 'i'));
  }

  // Search and a status filter together narrow further than the search alone.
  await group('Open').click();
  await expect(results).not.toHaveText(`${count} tickets`);
  const both = await numberIn(results.textContent());
  expect(both).toBeGreaterThan(0);
  expect(both).toBeLessThan(count);
  await eachRow(both, /退款/);
});
