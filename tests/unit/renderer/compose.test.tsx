// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ipcError } from '../../../src/shared/errors';
import type { Category } from '../../../src/shared/domain';
import type { IpcResult } from '../../../src/shared/errors';
import { createFakeBridge, deferred } from './fake-bridge';
import { memoryStorage, renderApp } from './render-app';

afterEach(cleanup);

async function openCompose(options: Parameters<typeof renderApp>[0] = {}) {
  const user = userEvent.setup();
  const app = renderApp(options);
  await user.click(await screen.findByRole('button', { name: 'New ticket' }));
  const product = await screen.findByRole('combobox', { name: 'Product' });
  await waitFor(() => expect(within(product).getByRole('option', { name: 'Elastic Compute Service' })).toBeTruthy());
  return { ...app, user, product };
}

async function fillValid(user: ReturnType<typeof userEvent.setup>, product: HTMLElement) {
  await user.selectOptions(product, 'ecs');
  const category = screen.getByRole('combobox', { name: 'Category' });
  await waitFor(() => expect((category as HTMLSelectElement).disabled).toBe(false));
  await user.selectOptions(category, '102');
  await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Cannot reach RDS');
  await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Timeouts since 9:00');
  await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ops@example.com');
}

describe('compose: product → category cascade', () => {
  it('loads categories for the chosen product, shows loading, and resets the category when the product changes', async () => {
    const pending = deferred<IpcResult<Category[]>>();
    const bridge = createFakeBridge();
    const { user, product } = await openCompose({ bridge });
    const category = screen.getByRole('combobox', { name: 'Category' }) as HTMLSelectElement;
    expect(category.disabled).toBe(true);

    await user.selectOptions(product, 'ecs');
    await waitFor(() => expect(category.disabled).toBe(false));
    await user.selectOptions(category, '101');
    expect(category.value).toBe('101');

    bridge.handle({ 'catalog.categories': () => pending.promise });
    await user.selectOptions(product, 'rds');
    expect(category.value).toBe('');
    expect(category.disabled).toBe(true);
    expect(screen.getAllByText('Loading categories…').length).toBeGreaterThan(0);

    pending.resolve({ ok: true, value: [{ id: '201', name: 'Connection' }] });
    await waitFor(() => expect(category.disabled).toBe(false));
    expect(within(category).queryByRole('option', { name: 'Network' })).toBeNull();
    expect(within(category).getByRole('option', { name: 'Connection' })).toBeTruthy();
    expect(bridge.callsTo('catalog.categories').map((r) => r.productCode)).toEqual(['ecs', 'rds']);
  });

  it('says so when a product has no categories', async () => {
    const { user, product } = await openCompose();
    await user.selectOptions(product, 'oss');
    expect(await screen.findByText('This product has no categories. Choose another product.')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Category' }) as HTMLSelectElement).disabled).toBe(true);
  });

  it('filters products by typing and keeps the four groups', async () => {
    const { user, product } = await openCompose();
    expect(
      within(product)
        .getAllByRole('group')
        .map((g) => g.getAttribute('label')),
    ).toEqual(['Popular — consultation', 'More consultation', 'Popular — technical', 'Technical — Storage']);
    await user.type(screen.getByRole('searchbox', { name: 'Filter products' }), 'stor');
    expect(
      within(product)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose a product…', 'Object Storage Service']);
  });
});

describe('compose: localized catalog', () => {
  it('refetches products and categories in the new language, keeping the chosen product and category', async () => {
    const bridge = createFakeBridge();
    const zhCatalog = {
      hotConsultation: [],
      consultationMore: [],
      hotTech: [{ code: 'ecs', name: '云服务器 ECS', description: '' }],
      techMore: [],
    };
    const { user, product, store } = await openCompose({ bridge });
    await user.selectOptions(product, 'ecs');
    const category = screen.getByRole('combobox', { name: 'Category' }) as HTMLSelectElement;
    await waitFor(() => expect(category.disabled).toBe(false));
    await user.selectOptions(category, '102');

    // Main answers in the settings language, as the core does.
    bridge.handle({
      'catalog.products': () => ({ ok: true, value: zhCatalog }),
      'catalog.categories': () => ({ ok: true, value: [{ id: '102', name: '网络' }] }),
    });
    await store.getState().updateSettings({ language: 'zh' });

    await waitFor(() => expect(within(product).getByRole('option', { name: '云服务器 ECS' })).toBeTruthy());
    await waitFor(() => expect(within(category).getByRole('option', { name: '网络' })).toBeTruthy());
    expect((product as HTMLSelectElement).value).toBe('ecs');
    expect(category.value).toBe('102');
    expect(bridge.callsTo('catalog.products')).toHaveLength(2);
  });

  it('refetches when another window changes the language, and drops a category that no longer exists', async () => {
    const bridge = createFakeBridge();
    const { user, product, store } = await openCompose({ bridge });
    await user.selectOptions(product, 'ecs');
    const category = screen.getByRole('combobox', { name: 'Category' }) as HTMLSelectElement;
    await waitFor(() => expect(category.disabled).toBe(false));
    await user.selectOptions(category, '101');

    bridge.handle({ 'catalog.categories': () => ({ ok: true, value: [{ id: '102', name: 'ネットワーク' }] }) });
    bridge.emit('settings.changed', { ...store.getState().settings!, language: 'ja' });

    await waitFor(() => expect(within(category).getByRole('option', { name: 'ネットワーク' })).toBeTruthy());
    expect(category.value).toBe('');
    expect(store.getState().compose.draft.productCode).toBe('ecs');
    expect(bridge.callsTo('catalog.products')).toHaveLength(2);
  });

  it('renames the inbox product filter too', async () => {
    const bridge = createFakeBridge();
    const { store } = renderApp({ bridge });
    const filter = await screen.findByRole('combobox', { name: 'Filter by product' });
    await waitFor(() => expect(within(filter).getByRole('option', { name: 'ApsaraDB RDS' })).toBeTruthy());
    bridge.handle({
      'catalog.products': () => ({
        ok: true,
        value: {
          hotConsultation: [],
          consultationMore: [],
          hotTech: [{ code: 'rds', name: '云数据库 RDS', description: '' }],
          techMore: [],
        },
      }),
    });
    await store.getState().updateSettings({ language: 'zh' });
    await waitFor(() => expect(within(filter).getByRole('option', { name: '云数据库 RDS' })).toBeTruthy());
  });
});

describe('compose: validation and sending', () => {
  it('shows a field error for a bad email and invokes nothing', async () => {
    const { user, product, bridge } = await openCompose();
    await fillValid(user, product);
    const email = screen.getByRole('textbox', { name: 'Email' });
    await user.clear(email);
    await user.type(email, 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));

    expect(await screen.findByText('Enter a valid email address, such as name@example.com.')).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(bridge.callsTo('tickets.create')).toHaveLength(0);
  });

  it('marks every missing required field at once', async () => {
    const { user, bridge } = await openCompose();
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));
    expect(await screen.findByText('Choose a product.')).toBeTruthy();
    expect(screen.getByText('Choose a category.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Title' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('textbox', { name: 'Description' }).getAttribute('aria-invalid')).toBe('true');
    expect(bridge.callsTo('tickets.create')).toHaveLength(0);
  });

  it('maps a server error to the field it names and keeps the draft', async () => {
    const bridge = createFakeBridge({
      handlers: {
        'tickets.create': () => ({
          ok: false,
          error: ipcError('invalid-request', 'Support does not accept this title.', { field: 'title' }),
        }),
      },
    });
    const { user, product } = await openCompose({ bridge });
    await fillValid(user, product);
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));

    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(await screen.findByText('Support does not accept this title.')).toBeTruthy();
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect((title as HTMLInputElement).value).toBe('Cannot reach RDS');
  });

  it('sends the request in the UI language', async () => {
    const bridge = createFakeBridge({ settings: { language: 'ja' } });
    const user = userEvent.setup();
    const { store } = renderApp({ bridge });
    await user.click(await screen.findByRole('button', { name: '新規チケット' }));
    const s = store.getState();
    s.setDraftField('productCode', 'ecs');
    s.setDraftField('categoryId', '101');
    s.setDraftField('title', 'RDS に接続できない');
    s.setDraftField('content', '9 時からタイムアウト');
    s.setDraftField('email', 'ops@example.com');
    await user.click(await screen.findByRole('button', { name: 'チケットを作成' }));
    await waitFor(() => expect(bridge.callsTo('tickets.create')).toHaveLength(1));
    expect(bridge.callsTo('tickets.create')[0]).toMatchObject({ language: 'ja', notifyTimeRange: 'normal' });
  });

  it('sends the chosen fields, then clears the draft but remembers the email', async () => {
    const storage = memoryStorage();
    const bridge = createFakeBridge();
    const { user, product, unmount } = await openCompose({ bridge, storage });
    await fillValid(user, product);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Notifications' }), 'never');
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));
    expect(await screen.findByText('Ticket T99999 created. Support will reply in the conversation.')).toBeTruthy();
    expect(bridge.callsTo('tickets.create')[0]).toEqual({
      productCode: 'ecs',
      categoryId: '102',
      title: 'Cannot reach RDS',
      content: 'Timeouts since 9:00',
      email: 'ops@example.com',
      notifyTimeRange: 'never',
      language: 'en',
    });
    unmount();

    await openCompose({ storage });
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe('ops@example.com');
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('');
  });

  it('tells the user a ticket created offline is queued', async () => {
    const bridge = createFakeBridge({
      handlers: { 'tickets.create': () => ({ ok: true, value: { state: 'queued', outboxId: 'o1' } }) },
    });
    const { user, product } = await openCompose({ bridge });
    await fillValid(user, product);
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));
    expect(
      await screen.findByText('You are offline. The ticket is queued and will be created when the connection returns.'),
    ).toBeTruthy();
  });
});

describe('compose: draft persistence', () => {
  it('keeps the draft after a failed send and across an app restart', async () => {
    const storage = memoryStorage();
    const bridge = createFakeBridge({
      handlers: { 'tickets.create': () => ({ ok: false, error: ipcError('server', 'Support is unavailable.') }) },
    });
    const first = await openCompose({ bridge, storage });
    await fillValid(first.user, first.product);
    await first.user.click(screen.getByRole('button', { name: 'Create ticket' }));
    expect(await screen.findByText(/Support is unavailable\./)).toBeTruthy();
    first.unmount();

    const second = await openCompose({ storage });
    expect((second.product as HTMLSelectElement).value).toBe('ecs');
    const category = screen.getByRole('combobox', { name: 'Category' }) as HTMLSelectElement;
    await waitFor(() => expect(category.value).toBe('102'));
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('Cannot reach RDS');
    expect((screen.getByRole('textbox', { name: 'Description' }) as HTMLTextAreaElement).value).toBe(
      'Timeouts since 9:00',
    );
  });

  it('never writes confidential details to disk with the draft', async () => {
    const storage = memoryStorage();
    const first = await openCompose({ storage });
    await fillValid(first.user, first.product);
    await first.user.type(screen.getByRole('textbox', { name: 'Confidential details' }), 'root password hunter2');
    expect([...storage.data.values()].join('\n')).not.toContain('hunter2');
    first.unmount();

    await openCompose({ storage });
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('Cannot reach RDS');
    expect((screen.getByRole('textbox', { name: 'Confidential details' }) as HTMLTextAreaElement).value).toBe('');
  });
});
