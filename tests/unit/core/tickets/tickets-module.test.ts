import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountCacheDir } from '../../../../src/main/core/cache/account-cache';
import { createCore, type Core } from '../../../../src/main/core/core';
import type { CredentialStore } from '../../../../src/main/core/ports';
import { startSandbox, type Sandbox } from '../../../../src/main/sandbox/sandbox';
import type { Channel, EventName, EventPayload, Req, Res } from '../../../../src/shared/ipc';
import { openTicketsHarness } from '../../../fixtures/core/tickets-harness';
import { until } from '../../../fixtures/core/until';
import { makeTempDir } from '../../../helpers/temp-dir';

/** Outlives a core, like the OS keychain. */
function memoryKeychain(): CredentialStore {
  const secrets = new Map<string, string>();
  return {
    backend: 'keychain',
    get: async (id) => secrets.get(id) ?? null,
    set: async (id, secret) => void secrets.set(id, secret),
    delete: async (id) => secrets.delete(id),
  };
}

describe('tickets through createCore and accounts.add', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let sandbox: Sandbox;
  let core: Core;
  const others: Sandbox[] = [];
  const seen = new Map<EventName, unknown[]>();

  async function call<C extends Channel>(channel: C, request?: Req<C>): Promise<Res<C>> {
    const result = await core.handle(channel, request ?? {});
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  }
  const recorded = <E extends EventName>(name: E) => (seen.get(name) ?? []) as EventPayload<E>[];
  const syncedAfter = (count: number) =>
    until(
      () =>
        recorded('sync.status')
          .slice(count)
          .some((s) => s.state === 'idle' && s.lastSuccessAt !== null),
      'a finished sync',
    );
  const add = (s: Sandbox, name: string) =>
    call('accounts.add', {
      name,
      endpoint: s.endpoint,
      accessKeyId: s.accessKeyId,
      accessKeySecret: s.accessKeySecret,
    });
  const calls = (s: Sandbox, action: string) => s.requests().requests.filter((r) => r.action === action).length;

  beforeEach(async () => {
    temp = makeTempDir();
    sandbox = await startSandbox({ seed: 'demo' });
    core = await createCore({ dataDir: temp.dir, credentials: memoryKeychain() });
    seen.clear();
    for (const name of ['sync.status', 'tickets.changed'] as const) {
      core.events.on(name, (payload) => void seen.set(name, [...(seen.get(name) ?? []), payload]));
    }
  });
  afterEach(async () => {
    await core.close();
    await sandbox.close();
    for (const s of others.splice(0)) await s.close();
    temp.cleanup();
  });

  it('needs an account first, then syncs the added account and answers from its cache', async () => {
    const before = await core.handle('tickets.list', {});
    expect(before).toMatchObject({ ok: false, error: { code: 'no-account' } });
    expect(await call('sync.status')).toMatchObject({ state: 'idle', lastSuccessAt: null });
    expect(await call('outbox.list')).toEqual([]);

    const account = await add(sandbox, 'Work');
    await syncedAfter(0);
    expect(existsSync(accountCacheDir(temp.dir, account.id))).toBe(true);
    const { rows, total } = await call('tickets.list', { limit: 5 });
    expect(total).toBeGreaterThan(0);
    expect(rows).toHaveLength(Math.min(5, total));
    const first = rows[0];
    if (!first) throw new Error('no tickets');
    const detail = await call('tickets.get', { id: first.id });
    expect(detail.ticket.id).toBe(first.id);
    expect((await call('sync.now')).started).toBe(true);
  });

  it('serves products and categories from the cache per UI language, refreshing on request', async () => {
    await add(sandbox, 'Work');
    await syncedAfter(0);
    const probes = calls(sandbox, 'ListProducts'); // accounts.add tests the key with one call
    const en = await call('catalog.products');
    expect(en.hotTech.length).toBeGreaterThan(0);
    expect(await call('catalog.products')).toEqual(en);
    expect(calls(sandbox, 'ListProducts')).toBe(probes + 1);
    await call('catalog.products', { refresh: true });
    expect(calls(sandbox, 'ListProducts')).toBe(probes + 2);

    const code = en.hotTech[0]?.code ?? 'ecs';
    const categories = await call('catalog.categories', { productCode: code });
    expect(categories.length).toBeGreaterThan(0);
    expect(await call('catalog.categories', { productCode: code })).toEqual(categories);
    expect(calls(sandbox, 'ListCategories')).toBe(1);

    await call('settings.set', { language: 'zh' });
    const zh = await call('catalog.products');
    expect(calls(sandbox, 'ListProducts')).toBe(probes + 3);
    expect(zh.hotTech.map((p) => p.code)).toEqual(en.hotTech.map((p) => p.code));
    expect(zh.hotTech.map((p) => p.name)).not.toEqual(en.hotTech.map((p) => p.name));
  });

  it('switches caches with the active account and deletes a removed account’s cache', async () => {
    const work = await add(sandbox, 'Work');
    await syncedAfter(0);
    const demoTotal = (await call('tickets.counts')).all;
    const other = await startSandbox({ seed: { load: 30 } });
    others.push(other);
    const second = await add(other, 'Other');
    const statuses = recorded('sync.status').length;
    await call('accounts.setActive', { id: second.id });
    await syncedAfter(statuses);
    expect((await call('tickets.counts')).all).toBe(30);
    expect(existsSync(accountCacheDir(temp.dir, work.id))).toBe(true);

    const back = recorded('sync.status').length;
    await call('accounts.remove', { id: second.id });
    expect(existsSync(accountCacheDir(temp.dir, second.id))).toBe(false);
    await syncedAfter(back);
    expect((await call('tickets.counts')).all).toBe(demoTotal);
  });

  it('reports auth-error when the server refuses the key', async () => {
    const harness = await openTicketsHarness({ dataDir: temp.dir, ...sandbox, accessKeySecret: 'wrong-secret' });
    try {
      await harness.until(() => harness.recorded('sync.status').some((s) => s.state === 'auth-error'), 'auth-error');
      expect(await harness.invoke('sync.status')).toMatchObject({ state: 'auth-error', error: { code: 'auth' } });
    } finally {
      await harness.close();
    }
  });
});
