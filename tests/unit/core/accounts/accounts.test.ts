import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccountsModule, type AccountsModule } from '../../../../src/main/core/accounts/accounts-module';
import type { ActiveAccount } from '../../../../src/main/core/accounts/active-account';
import { ApiError } from '../../../../src/main/core/api/workorder-api';
import type { CoreContext } from '../../../../src/main/core/core-module';
import { createCore, type Core } from '../../../../src/main/core/core';
import { createSessionOnlyStore } from '../../../../src/main/core/credentials/session-only-store';
import { EventBus } from '../../../../src/main/core/event-bus';
import { silentLogger, systemClock, type CorePorts } from '../../../../src/main/core/ports';
import { openSettingsStore } from '../../../../src/main/core/settings/settings-store';
import { startSandbox, type Sandbox } from '../../../../src/main/sandbox/sandbox';
import type { EventPayload } from '../../../../src/shared/ipc';
import { makeTempDir } from '../../../helpers/temp-dir';
import { memoryKeychain, sandboxDemo } from './fakes';

type Keychain = ReturnType<typeof memoryKeychain>;

function valueOf<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('accounts through createCore', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let sandbox: Sandbox;
  let keychain: Keychain;
  let changes: EventPayload<'accounts.changed'>[];
  const cores: Core[] = [];

  async function open(extra: Partial<CorePorts> = {}): Promise<Core> {
    const core = await createCore({ dataDir: temp.dir, credentials: keychain, ...extra });
    core.events.on('accounts.changed', (payload) => void changes.push(payload));
    cores.push(core);
    return core;
  }
  const credentialsOf = (s: Sandbox) => ({
    endpoint: s.endpoint,
    accessKeyId: s.accessKeyId,
    accessKeySecret: s.accessKeySecret,
  });
  const accountsFile = () => JSON.parse(readFileSync(path.join(temp.dir, 'accounts.json'), 'utf8'));

  beforeEach(async () => {
    temp = makeTempDir();
    sandbox = await startSandbox({ seed: 'demo' });
    keychain = memoryKeychain();
    changes = [];
  });
  afterEach(async () => {
    for (const core of cores.splice(0)) await core.close();
    await sandbox.close();
    temp.cleanup();
  });

  it('adds the first account as active after testing the key, with the secret only in the store', async () => {
    const core = await open();
    expect(valueOf(await core.handle('accounts.list', {}))).toEqual([]);

    const account = valueOf(await core.handle('accounts.add', { name: 'Work', ...credentialsOf(sandbox) }));
    expect(account).toEqual({
      id: expect.any(String),
      name: 'Work',
      accessKeyIdMasked: `${sandbox.accessKeyId.slice(0, 4)}…${sandbox.accessKeyId.slice(-4)}`,
      endpoint: sandbox.endpoint,
      createdAt: expect.any(Number),
      active: true,
      hasSecret: true,
      demo: false,
    });
    expect(keychain.map.get(account.id)).toBe(sandbox.accessKeySecret);
    expect(sandbox.requests().requests.map((r) => r.action)).toEqual(['ListProducts']);
    expect(accountsFile()).toEqual({
      version: 1,
      accounts: [
        {
          id: account.id,
          name: 'Work',
          accessKeyId: sandbox.accessKeyId,
          endpoint: sandbox.endpoint,
          createdAt: account.createdAt,
          active: true,
          demo: false,
        },
      ],
    });
    expect(changes).toEqual([{ activeAccountId: account.id }]);
    expect(valueOf(await core.handle('app.info', {}))).toMatchObject({ activeAccountId: account.id, demo: false });
  });

  it('refuses a wrong secret or an unreachable endpoint and saves nothing', async () => {
    const core = await open();
    const wrong = await core.handle('accounts.add', {
      name: 'Work',
      ...credentialsOf(sandbox),
      accessKeySecret: 'definitely-not-the-secret',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'auth' } });

    const closed = await startSandbox();
    const unreachable = credentialsOf(closed);
    await closed.close();
    const offline = await core.handle('accounts.add', { name: 'Work', ...unreachable });
    expect(offline).toMatchObject({ ok: false, error: { code: 'offline' } });

    expect(valueOf(await core.handle('accounts.list', {}))).toEqual([]);
    expect(keychain.map.size).toBe(0);
    expect(existsSync(path.join(temp.dir, 'accounts.json'))).toBe(false);
    expect(changes).toEqual([]);
  });

  it('reports a keychain that refuses the secret as keychain-unavailable and saves nothing', async () => {
    const core = await open();
    keychain.failWrites = true;
    const result = await core.handle('accounts.add', { name: 'Work', ...credentialsOf(sandbox) });
    expect(result).toMatchObject({ ok: false, error: { code: 'keychain-unavailable', retryable: true } });
    expect(valueOf(await core.handle('accounts.list', {}))).toEqual([]);
  });

  it('keeps several accounts with one active, switches, and survives a restart', async () => {
    const other = await startSandbox({ seed: 'empty' });
    try {
      const core = await open();
      const first = valueOf(await core.handle('accounts.add', { name: 'First', ...credentialsOf(sandbox) }));
      const second = valueOf(await core.handle('accounts.add', { name: 'Second', ...credentialsOf(other) }));
      expect(second.active).toBe(false);
      const listed = valueOf(await core.handle('accounts.list', {}));
      expect(listed.map((a) => [a.name, a.active])).toEqual([
        ['First', true],
        ['Second', false],
      ]);

      expect(valueOf(await core.handle('accounts.setActive', { id: second.id }))).toMatchObject({ active: true });
      expect(changes.at(-1)).toEqual({ activeAccountId: second.id });
      expect(await core.handle('accounts.setActive', { id: 'no-such-account' })).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });

      await core.close();
      const again = await open();
      const after = valueOf(await again.handle('accounts.list', {}));
      expect(after.map((a) => [a.id, a.active, a.hasSecret])).toEqual([
        [first.id, false, true],
        [second.id, true, true],
      ]);
    } finally {
      await other.close();
    }
  });

  it('re-adding a saved key replaces its secret and name instead of duplicating the account', async () => {
    const core = await open();
    const first = valueOf(await core.handle('accounts.add', { name: 'Work', ...credentialsOf(sandbox) }));
    keychain.map.set(first.id, 'stale-secret');
    const again = valueOf(
      await core.handle('accounts.add', {
        name: 'Work (renamed)',
        ...credentialsOf(sandbox),
        endpoint: `${sandbox.endpoint}/`,
      }),
    );
    expect(again).toMatchObject({ id: first.id, name: 'Work (renamed)', active: true, hasSecret: true });
    expect(keychain.map.get(first.id)).toBe(sandbox.accessKeySecret);
    expect(valueOf(await core.handle('accounts.list', {}))).toHaveLength(1);
  });

  it('removes an account: keychain entry gone, next account active, removal announced', async () => {
    const other = await startSandbox({ seed: 'empty' });
    try {
      const core = await open();
      const first = valueOf(await core.handle('accounts.add', { name: 'First', ...credentialsOf(sandbox) }));
      const second = valueOf(await core.handle('accounts.add', { name: 'Second', ...credentialsOf(other) }));
      expect(valueOf(await core.handle('accounts.remove', { id: first.id }))).toEqual({ removed: true });
      expect(keychain.map.has(first.id)).toBe(false);
      expect(valueOf(await core.handle('accounts.list', {}))).toEqual([
        expect.objectContaining({ id: second.id, active: true }),
      ]);
      expect(changes.at(-1)).toEqual({ activeAccountId: second.id });

      valueOf(await core.handle('accounts.remove', { id: second.id }));
      expect(changes.at(-1)).toEqual({ activeAccountId: null });
      expect(keychain.map.size).toBe(0);
      expect(accountsFile().accounts).toEqual([]);
      expect(await core.handle('accounts.remove', { id: second.id })).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
    } finally {
      await other.close();
    }
  });

  it('asks for the secret again when a session-only store lost it at restart', async () => {
    const session = createSessionOnlyStore();
    const core = await open({ credentials: session });
    const account = valueOf(await core.handle('accounts.add', { name: 'Work', ...credentialsOf(sandbox) }));
    await core.close();

    const restarted = await open({ credentials: createSessionOnlyStore() });
    expect(valueOf(await restarted.handle('accounts.list', {}))).toEqual([
      expect.objectContaining({ id: account.id, active: true, hasSecret: false }),
    ]);
    const info = valueOf(await restarted.handle('app.info', {}));
    expect(info.activeAccountId).toBe(account.id);
    expect(info.warnings.map((w) => w.code)).toEqual(['credentials-session-only', 'account-secret-missing']);
    expect(await restarted.handle('accounts.test', { id: account.id })).toMatchObject({
      ok: false,
      error: { code: 'auth' },
    });

    valueOf(await restarted.handle('accounts.add', { name: 'Work', ...credentialsOf(sandbox) }));
    expect(valueOf(await restarted.handle('accounts.list', {}))).toEqual([
      expect.objectContaining({ id: account.id, hasSecret: true }),
    ]);
    const healed = valueOf(await restarted.handle('app.info', {}));
    expect(healed.warnings.map((w) => w.code)).toEqual(['credentials-session-only']);
  });

  it('tests saved accounts and typed credentials without saving anything', async () => {
    const core = await open();
    const typed = valueOf(await core.handle('accounts.test', credentialsOf(sandbox)));
    expect(typed.productCount).toBeGreaterThan(3);
    expect(typed.latencyMs).toBeGreaterThanOrEqual(0);
    expect(valueOf(await core.handle('accounts.list', {}))).toEqual([]);

    const account = valueOf(await core.handle('accounts.add', { name: 'Work', ...credentialsOf(sandbox) }));
    expect(valueOf(await core.handle('accounts.test', { id: account.id })).productCount).toBe(typed.productCount);
    const badSecret = await core.handle('accounts.test', { ...credentialsOf(sandbox), accessKeySecret: 'nope-nope' });
    expect(badSecret).toMatchObject({ ok: false, error: { code: 'auth' } });
  });

  it('says demo mode is not available when the app has no demo server', async () => {
    const core = await open();
    expect(await core.handle('demo.start', {})).toMatchObject({ ok: false, error: { code: 'not-implemented' } });
    expect(valueOf(await core.handle('accounts.list', {}))).toEqual([]);
  });

  it('starts the demo, restarts it with the same key after a restart, and stops it on close', async () => {
    const demo = sandboxDemo();
    const core = await open({ demo });
    const account = valueOf(await core.handle('demo.start', {}));
    expect(account).toMatchObject({ name: 'Demo', demo: true, active: true, hasSecret: true });
    expect(demo.started).toEqual([path.join(temp.dir, 'demo-sandbox.json')]);
    expect(valueOf(await core.handle('app.info', {}))).toMatchObject({ demo: true, activeAccountId: account.id });
    expect(valueOf(await core.handle('accounts.test', { id: account.id })).productCount).toBeGreaterThan(0);
    const keyId = accountsFile().accounts[0].accessKeyId;
    await core.close();
    expect(demo.running.size).toBe(0);

    const restarted = await open({ demo });
    expect(demo.started).toHaveLength(2);
    expect(demo.running.size).toBe(1);
    expect(valueOf(await restarted.handle('app.info', {}))).toMatchObject({ demo: true, activeAccountId: account.id });
    expect(valueOf(await restarted.handle('accounts.test', { id: account.id })).productCount).toBeGreaterThan(0);
    expect(accountsFile().accounts[0].accessKeyId).toBe(keyId);

    // A real account added during the demo takes over, and the demo server stops.
    const real = valueOf(await restarted.handle('accounts.add', { name: 'Work', ...credentialsOf(sandbox) }));
    expect(real.active).toBe(true);
    expect(demo.running.size).toBe(0);
    expect(valueOf(await restarted.handle('app.info', {})).demo).toBe(false);

    valueOf(await restarted.handle('accounts.remove', { id: account.id }));
    expect(existsSync(path.join(temp.dir, 'demo-sandbox.json'))).toBe(false);
    expect(readdirSync(temp.dir)).not.toContain('demo-sandbox.json');
  });
});

describe('account directory (the seam to the ticket side)', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let sandbox: Sandbox;
  let accounts: AccountsModule;

  beforeEach(async () => {
    temp = makeTempDir();
    sandbox = await startSandbox({ seed: 'demo' });
    const events = new EventBus();
    const ports: CorePorts = { dataDir: temp.dir, credentials: memoryKeychain() };
    const ctx: CoreContext = {
      ports,
      dataDir: temp.dir,
      events,
      clock: systemClock,
      logger: silentLogger,
      random: Math.random,
      settings: await openSettingsStore(temp.dir, events, silentLogger),
    };
    accounts = await createAccountsModule(ctx);
  });
  afterEach(async () => {
    await accounts.close?.();
    await sandbox.close();
    temp.cleanup();
  });

  it('hands out a working API for the active account and announces switches and removals', async () => {
    const activated: (ActiveAccount | null)[] = [];
    const removed: string[] = [];
    accounts.directory.onActiveChanged((a) => void activated.push(a));
    accounts.directory.onRemoved((id) => void removed.push(id));
    expect(accounts.directory.active()).toBeNull();

    const add = accounts.handlers['accounts.add']!;
    const account = await add({
      name: 'Work',
      endpoint: sandbox.endpoint,
      accessKeyId: sandbox.accessKeyId,
      accessKeySecret: sandbox.accessKeySecret,
    });
    const active = accounts.directory.active();
    expect(active).toMatchObject({ id: account.id, demo: false });
    expect(activated).toEqual([active]);
    const page = await active!.api.listTickets({ pageSize: 5 });
    expect(page.rows.length).toBe(5);

    await accounts.handlers['accounts.remove']!({ id: account.id });
    expect(removed).toEqual([account.id]);
    expect(activated.at(-1)).toBeNull();
    expect(accounts.directory.active()).toBeNull();
    // The removed account's client is closed: nothing can keep using the old key.
    await expect(active!.api.listTickets({})).rejects.toBeInstanceOf(ApiError);
  });
});
