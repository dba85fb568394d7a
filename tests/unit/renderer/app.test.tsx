// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../src/shared/domain';
import { ipcError } from '../../../src/shared/errors';
import { createFakeBridge, deferred } from './fake-bridge';
import { renderApp } from './render-app';

afterEach(cleanup);

describe('boot', () => {
  it('asks for the inbox together with app info, settings and accounts, not after them', async () => {
    const info = deferred<void>();
    const bridge = createFakeBridge();
    const plain = createFakeBridge();
    bridge.handle({
      'app.info': async () => {
        await info.promise;
        return plain.invoke('app.info');
      },
    });
    renderApp({ bridge });
    await waitFor(() => expect(bridge.callsTo('tickets.list')).toHaveLength(1));
    expect(bridge.callsTo('tickets.counts')).toHaveLength(1);
    expect(screen.queryByRole('list', { name: 'Tickets' })).toBeNull();
    info.resolve();
    const list = await screen.findByRole('list', { name: 'Tickets' });
    expect(await within(list).findByRole('link', { name: /Ticket number 0\b/ })).toBeTruthy();
  });

  it('without an account shows the first run, then the inbox once the demo starts', async () => {
    const user = userEvent.setup();
    const bridge = createFakeBridge({ accounts: [] });
    const plain = createFakeBridge();
    // Like the core: no tickets until there is an account.
    bridge.handle({
      'tickets.list': (request) =>
        bridge.callsTo('demo.start').length > 0
          ? plain.invoke('tickets.list', request)
          : { ok: false, error: ipcError('no-account', 'No account.') },
    });
    renderApp({ bridge });
    await user.click(await screen.findByRole('button', { name: 'Try demo' }));
    const tickets = await screen.findByRole('list', { name: 'Tickets' });
    expect(await within(tickets).findByRole('link', { name: /Ticket number 0\b/ })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('first run', () => {
  it('offers Try demo and Add account, and Try demo starts the demo and shows the inbox', async () => {
    const user = userEvent.setup();
    const bridge = createFakeBridge({ accounts: [] });
    renderApp({ bridge });
    expect(await screen.findByRole('button', { name: 'Add account' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Try demo' }));
    expect(await screen.findByRole('list', { name: 'Tickets' })).toBeTruthy();
    expect(bridge.callsTo('demo.start')).toHaveLength(1);
  });

  it('Add account opens the account form with its named fields', async () => {
    const user = userEvent.setup();
    const bridge = createFakeBridge({ accounts: [] });
    renderApp({ bridge });
    await user.click(await screen.findByRole('button', { name: 'Add account' }));
    // Settings is loaded on demand.
    await screen.findByRole('textbox', { name: 'Account name' });
    for (const name of ['Account name', 'AccessKey ID', 'Endpoint']) {
      expect(screen.getByRole('textbox', { name })).toBeTruthy();
    }
    const secret = screen.getByLabelText('AccessKey secret') as HTMLInputElement;
    expect(secret.type).toBe('password');
    expect(screen.getByRole('button', { name: 'Test connection' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save account' })).toBeTruthy();
  });
});

describe('settings and accounts', () => {
  it('adds an account, tests it, and never shows the secret again', async () => {
    const user = userEvent.setup();
    const { bridge, store } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    await user.click(screen.getByRole('button', { name: 'Add account' }));
    await user.type(screen.getByRole('textbox', { name: 'Account name' }), 'Staging');
    await user.type(screen.getByRole('textbox', { name: 'AccessKey ID' }), 'LTAI5tExample');
    await user.type(screen.getByLabelText('AccessKey secret'), 's3cr3t-value');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'tokyo');
    expect((screen.getByRole('textbox', { name: 'Endpoint' }) as HTMLInputElement).value).toBe(
      'https://workorder.ap-northeast-1.aliyuncs.com',
    );
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('Connected in 42 ms — 5 products available.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save account' }));

    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove Staging' })).toBeTruthy());
    expect(bridge.callsTo('accounts.add')[0]).toEqual({
      name: 'Staging',
      accessKeyId: 'LTAI5tExample',
      accessKeySecret: 's3cr3t-value',
      endpoint: 'https://workorder.ap-northeast-1.aliyuncs.com',
    });
    expect(screen.queryByLabelText('AccessKey secret')).toBeNull();
    expect(document.body.innerHTML).not.toContain('s3cr3t-value');
    expect(JSON.stringify(store.getState())).not.toContain('s3cr3t-value');
  });

  it('removes an account only after confirmation', async () => {
    const user = userEvent.setup();
    const { bridge } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    await user.click(await screen.findByRole('button', { name: 'Remove Production' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove Production?' });
    expect(bridge.callsTo('accounts.remove')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Remove account' }));
    await waitFor(() => expect(bridge.callsTo('accounts.remove')).toEqual([{ id: 'acc-1' }]));
  });

  it('warns when secrets are kept for this session only', async () => {
    const user = userEvent.setup();
    const bridge = createFakeBridge({
      handlers: {
        'app.info': () => ({
          ok: true,
          value: {
            version: '1',
            platform: 'linux',
            demo: false,
            credentialBackend: 'session-only',
            activeAccountId: 'acc-1',
            warnings: [{ code: 'keychain', message: 'No Secret Service found.' }],
          },
        }),
      },
    });
    renderApp({ bridge });
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('AccessKey secrets are kept only until you quit');
    expect(alert.textContent).toContain('No Secret Service found.');
  });

  it('gives the inbox, settings and compose one h1 each', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('list', { name: 'Tickets' });
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Tickets: All']);
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Accounts', 'General']);
    await user.click(screen.getByRole('button', { name: 'New ticket' }));
    await screen.findByRole('heading', { level: 1, name: 'New ticket' });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('translates known warnings, says each once, and does not promise a keychain it lacks', async () => {
    const user = userEvent.setup();
    const bridge = createFakeBridge({
      handlers: {
        'app.info': () => ({
          ok: true,
          value: {
            version: '1',
            platform: 'linux',
            demo: false,
            credentialBackend: 'session-only',
            activeAccountId: 'acc-1',
            warnings: [
              { code: 'credentials-session-only', message: 'No system keychain is available.' },
              { code: 'account-secret-missing', message: 'The AccessKey secret of "Production" is missing.' },
            ],
          },
        }),
      },
      settings: { language: 'zh' },
    });
    renderApp({ bridge, language: 'zh' });
    await user.click(await screen.findByRole('button', { name: '设置' }));
    const alert = screen.getByRole('alert');
    expect([...alert.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      '系统钥匙串不可用，AccessKey Secret 只会保留到您退出应用为止。',
      '当前账号的 AccessKey Secret 未保存在本机。请删除该账号后重新添加。',
    ]);
    expect(screen.queryByText(/钥匙串中/)).toBeNull();
    expect(screen.getByText(/密钥只保存在内存中/)).toBeTruthy();
  });

  it('switches theme and UI language through settings', async () => {
    const user = userEvent.setup();
    const { bridge } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'dark');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh');
    expect(await screen.findByRole('button', { name: '新建工单' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(bridge.callsTo('settings.set')).toEqual([{ theme: 'dark' }, { language: 'zh' }]);
  });
});

describe('sync status', () => {
  it('says Offline, then progress, then when it last synced', async () => {
    const { bridge } = renderApp();
    const status = await screen.findByRole('status');
    act(() =>
      bridge.emit('sync.status', {
        state: 'offline',
        progress: null,
        lastSuccessAt: null,
        nextRunAt: null,
        error: null,
      }),
    );
    expect(status.textContent).toContain('Offline');
    act(() =>
      bridge.emit('sync.status', {
        state: 'syncing',
        progress: { done: 3, total: 12 },
        lastSuccessAt: null,
        nextRunAt: null,
        error: null,
      }),
    );
    expect(status.textContent).toBe('Syncing 3/12 pages…');
    act(() =>
      bridge.emit('sync.status', {
        state: 'idle',
        progress: null,
        lastSuccessAt: Date.now() - 2 * 60_000,
        nextRunAt: null,
        error: null,
      }),
    );
    expect(status.textContent).toBe('Last synced 2 minutes ago');
  });

  it('colours the dot neutral until the first success, green after it, amber offline, red on errors', async () => {
    const { bridge } = renderApp();
    const status = await screen.findByRole('status');
    const emit = (patch: Partial<SyncStatus>) =>
      act(() =>
        bridge.emit('sync.status', {
          state: 'idle',
          progress: null,
          lastSuccessAt: null,
          nextRunAt: null,
          error: null,
          ...patch,
        }),
      );
    emit({});
    expect(status.textContent).toBe('Not synced yet');
    expect(status.className).toContain('sync-idle');
    emit({ lastSuccessAt: Date.now() - 60_000 });
    expect(status.className).toContain('sync-ok');
    // The default poll is one minute: a success from an hour ago no longer vouches for the inbox.
    emit({ lastSuccessAt: Date.now() - 3600_000 });
    expect(status.className).toContain('sync-idle');
    emit({ state: 'syncing' });
    expect(status.className).toContain('sync-busy');
    emit({ state: 'offline' });
    expect(status.className).toContain('sync-offline');
    emit({ state: 'error', error: ipcError('server', 'Boom.') });
    expect(status.className).toContain('sync-error');
  });

  it('lists pending operations in the outbox with retry and discard', async () => {
    const user = userEvent.setup();
    const bridge = createFakeBridge({
      handlers: {
        'outbox.list': () => ({
          ok: true,
          value: [
            {
              id: 'ob-1',
              kind: 'reply',
              ticketId: 'T00001',
              summary: 'Here are the logs',
              state: 'failed',
              attempts: 3,
              createdAt: Date.now(),
              lastError: { code: 'server', message: 'Support is unavailable.', retryable: true },
            },
          ],
        }),
      },
    });
    renderApp({ bridge });
    await user.click(await screen.findByRole('button', { name: /^Outbox/ }));
    expect(screen.getByText('Support is unavailable.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Discard Here are the logs' }));
    await waitFor(() => expect(bridge.callsTo('outbox.discard')).toEqual([{ id: 'ob-1' }]));
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(bridge.callsTo('sync.now')).toHaveLength(1);
  });

  it('stops listening to main when the window goes away', async () => {
    const { bridge, unmount } = renderApp();
    await screen.findByRole('list', { name: 'Tickets' });
    expect(bridge.listenerCount()).toBeGreaterThan(0);
    unmount();
    expect(bridge.listenerCount()).toBe(0);
  });
});
