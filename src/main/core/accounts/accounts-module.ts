import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Account, ProductCatalog } from '../../../shared/domain';
import { CoreError, ipcError } from '../../../shared/errors';
import type { ParsedReq } from '../../../shared/ipc';
import { createWorkorderClient, type WorkorderClient } from '../api/workorder-client';
import { ApiError, type WorkorderApi } from '../api/workorder-api';
import type { CoreContext, CoreModule } from '../core-module';
import type { DemoEndpoint, Disposable } from '../ports';
import { loadAccountFile, saveAccountFile, type AccountRecord } from './account-file';
import type { AccountDirectory, ActiveAccount } from './active-account';
import { createUnavailableApi } from './unavailable-api';

export interface AccountsModule extends CoreModule {
  directory: AccountDirectory;
  isDemo(): boolean;
  warnings(): { code: string; message: string }[];
}

interface Active {
  record: AccountRecord;
  view: ActiveAccount;
  /** The real client, when there is one to close. */
  client: WorkorderClient | null;
  /** Why the account cannot call the API, when it cannot. */
  problem: { code: string; message: string } | null;
}

type Credentials = { endpoint: string; accessKeyId: string; accessKeySecret: string };

/**
 * Accounts, their credentials and demo mode. Non-secret data is in accounts.json; the secret only in
 * `ports.credentials`. One account is active; its client is what the ticket side of the core uses.
 * Adding an account whose AccessKey ID and endpoint are already saved replaces that account's secret
 * and name instead of creating a duplicate: that is how a secret lost with a session-only store (or
 * a rotated key secret) is entered again.
 */
export async function createAccountsModule(ctx: CoreContext): Promise<AccountsModule> {
  const accountsFile = path.join(ctx.dataDir, 'accounts.json');
  const demoDataFile = path.join(ctx.dataDir, 'demo-sandbox.json');
  const credentials = ctx.ports.credentials;
  const loaded = await loadAccountFile(accountsFile);
  let records = loaded.records;
  let active: Active | null = null;
  let demoServer: DemoEndpoint | null = null;
  const activeListeners = new Set<(account: ActiveAccount | null) => void>();
  const removedListeners = new Set<(accountId: string) => void>();
  if (loaded.problem) ctx.logger.warn('accounts file unreadable', { problem: loaded.problem });

  // Account changes run one at a time, so two quick clicks cannot interleave keychain and file writes.
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  }

  const sleep = (ms: number): Promise<void> => new Promise((resolve) => ctx.clock.setTimeout(resolve, ms));
  const newClient = (c: Credentials, single = false): WorkorderClient =>
    createWorkorderClient({
      ...c,
      sleep,
      random: ctx.random,
      // A person waiting on "Test connection" wants the answer now, not after backoff.
      ...(single ? { retry: { maxAttempts: 1 } } : {}),
    });

  async function secretOf(accountId: string): Promise<string | null> {
    try {
      return await credentials.get(accountId);
    } catch (error) {
      ctx.logger.warn('reading a secret from the credential store failed', { reason: reasonOf(error) });
      return null;
    }
  }

  async function startDemoServer(): Promise<DemoEndpoint> {
    if (demoServer) return demoServer;
    if (!ctx.ports.demo) {
      throw new CoreError(ipcError('not-implemented', 'Demo mode is not available in this build of the app.'));
    }
    try {
      demoServer = await ctx.ports.demo({ dataFile: demoDataFile });
    } catch (error) {
      ctx.logger.error('demo server failed to start', { reason: reasonOf(error) });
      throw new CoreError(ipcError('internal', `The demo could not start: ${reasonOf(error)}`));
    }
    return demoServer;
  }

  async function stopDemoServer(): Promise<void> {
    const server = demoServer;
    demoServer = null;
    try {
      await server?.close();
    } catch (error) {
      ctx.logger.warn('demo server did not close cleanly', { reason: reasonOf(error) });
    }
  }

  /** Builds the API for `record` and makes it the active account (null: none). */
  async function activate(record: AccountRecord | null): Promise<Active | null> {
    active?.client?.close();
    if (!record?.demo) await stopDemoServer();
    for (const r of records) r.active = r === record;
    if (!record) {
      active = null;
      return active;
    }
    let api: WorkorderApi;
    let client: WorkorderClient | null = null;
    let problem: Active['problem'] = null;
    if (record.demo) {
      try {
        const server = await startDemoServer();
        // The sandbox keeps its key in its data file; the port may differ from the last run.
        record.endpoint = server.endpoint;
        record.accessKeyId = server.accessKeyId;
        api = client = newClient(server);
      } catch (error) {
        problem = { code: 'demo-unavailable', message: error instanceof Error ? error.message : String(error) };
        api = createUnavailableApi(ipcError('offline', problem.message));
      }
    } else {
      const secret = await secretOf(record.id);
      if (secret === null) {
        problem = {
          code: 'account-secret-missing',
          message: `The AccessKey secret of "${record.name}" is not stored on this computer. Enter it again in Settings → Accounts.`,
        };
        api = createUnavailableApi(ipcError('auth', problem.message));
      } else {
        api = client = newClient({
          endpoint: record.endpoint,
          accessKeyId: record.accessKeyId,
          accessKeySecret: secret,
        });
      }
    }
    active = { record, view: { id: record.id, demo: record.demo, api }, client, problem };
    return active;
  }

  /** Tells the ticket side about a new active account (or a new client for the same one). */
  function announceActive(): void {
    const view = active?.view ?? null;
    for (const listener of [...activeListeners]) callSafely(() => listener(view));
  }

  const emitChanged = (): void => ctx.events.emit('accounts.changed', { activeAccountId: active?.record.id ?? null });
  const save = (): Promise<void> => saveAccountFile(accountsFile, records);

  function callSafely(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      ctx.logger.error('account listener failed', { reason: reasonOf(error) });
    }
  }

  async function toAccount(record: AccountRecord): Promise<Account> {
    return {
      id: record.id,
      name: record.name,
      accessKeyIdMasked: maskAccessKeyId(record.accessKeyId),
      endpoint: record.endpoint,
      createdAt: record.createdAt,
      active: record.active,
      // A demo account's key is regenerated from the sandbox's data file whenever it is activated.
      hasSecret: record.demo ? true : (await secretOf(record.id)) !== null,
      demo: record.demo,
    };
  }

  function find(id: string): AccountRecord {
    const record = records.find((r) => r.id === id);
    if (!record) throw new CoreError(ipcError('not-found', 'That account does not exist (any more).'));
    return record;
  }

  /** One ListProducts call; the person sees exactly why it failed. */
  async function probe(api: WorkorderApi): Promise<{ latencyMs: number; catalog: ProductCatalog }> {
    const started = ctx.clock.now();
    try {
      const catalog = await api.listProducts(ctx.settings.get().language);
      return { latencyMs: Math.max(0, ctx.clock.now() - started), catalog };
    } catch (error) {
      if (error instanceof ApiError) throw new CoreError(error.error);
      throw error;
    }
  }

  async function probeWith(c: Credentials): Promise<{ latencyMs: number; catalog: ProductCatalog }> {
    const client = newClient(c, true);
    try {
      return await probe(client);
    } finally {
      client.close();
    }
  }

  async function add(req: ParsedReq<'accounts.add'>): Promise<Account> {
    const endpoint = normaliseEndpoint(req.endpoint);
    await probeWith({ endpoint, accessKeyId: req.accessKeyId, accessKeySecret: req.accessKeySecret });
    const existing = records.find((r) => !r.demo && r.accessKeyId === req.accessKeyId && r.endpoint === endpoint);
    const record: AccountRecord = existing ?? {
      id: randomUUID(),
      name: req.name,
      accessKeyId: req.accessKeyId,
      endpoint,
      createdAt: ctx.clock.now(),
      active: false,
      demo: false,
    };
    try {
      await credentials.set(record.id, req.accessKeySecret);
    } catch (error) {
      ctx.logger.error('storing a secret failed', { reason: reasonOf(error) });
      throw new CoreError(
        ipcError('keychain-unavailable', 'The system keychain did not accept the secret, so nothing was saved.', {
          retryable: true,
        }),
      );
    }
    record.name = req.name;
    if (!existing) records.push(record);
    // The first real account (or one added during the demo) becomes active; a re-entered secret for
    // the active account needs a new client.
    const activateIt = !active || active.record.demo || active.record === record;
    if (activateIt) await activate(record);
    await save();
    if (activateIt) announceActive();
    emitChanged();
    return toAccount(record);
  }

  async function remove(id: string): Promise<{ removed: true }> {
    const record = find(id);
    if (record.demo) {
      if (active?.record === record) await stopDemoServer();
      await fs.rm(demoDataFile, { force: true });
    } else {
      try {
        await credentials.delete(record.id);
      } catch (error) {
        ctx.logger.error('deleting a secret failed', { reason: reasonOf(error) });
        throw new CoreError(
          ipcError(
            'keychain-unavailable',
            'The secret could not be deleted from the system keychain, so the account was kept.',
            {
              retryable: true,
            },
          ),
        );
      }
    }
    records = records.filter((r) => r !== record);
    const wasActive = active?.record === record;
    if (wasActive) await activate(records.find((r) => !r.demo) ?? records[0] ?? null);
    await save();
    for (const listener of [...removedListeners]) callSafely(() => listener(id));
    if (wasActive) announceActive();
    emitChanged();
    return { removed: true };
  }

  /** Makes `record` the active account, persisting and announcing it; a no-op when it already is. */
  async function switchTo(record: AccountRecord): Promise<void> {
    if (active?.record === record) return;
    await activate(record);
    await save();
    announceActive();
    emitChanged();
  }

  async function setActive(id: string): Promise<Account> {
    const record = find(id);
    await switchTo(record);
    return toAccount(record);
  }

  async function startDemo(): Promise<Account> {
    // Fail before touching any state when demo mode cannot work here.
    await startDemoServer();
    let record = records.find((r) => r.demo);
    if (!record) {
      record = {
        id: `demo-${randomUUID()}`,
        name: 'Demo',
        accessKeyId: '',
        endpoint: '',
        createdAt: ctx.clock.now(),
        active: false,
        demo: true,
      };
      records.push(record);
    }
    await switchTo(record);
    return toAccount(record);
  }

  async function test(req: ParsedReq<'accounts.test'>): Promise<{ latencyMs: number; productCount: number }> {
    let result: { latencyMs: number; catalog: ProductCatalog };
    if ('id' in req) {
      const record = find(req.id);
      if (active?.record === record) result = await probe(active.view.api);
      else if (record.demo) {
        throw new CoreError(ipcError('invalid-request', 'The demo runs only while the demo account is active.'));
      } else {
        const secret = await secretOf(record.id);
        if (secret === null) {
          throw new CoreError(
            ipcError('auth', `The AccessKey secret of "${record.name}" is not stored on this computer.`),
          );
        }
        result = await probeWith({
          endpoint: record.endpoint,
          accessKeyId: record.accessKeyId,
          accessKeySecret: secret,
        });
      }
    } else {
      result = await probeWith({ ...req, endpoint: normaliseEndpoint(req.endpoint) });
    }
    return { latencyMs: result.latencyMs, productCount: countProducts(result.catalog) };
  }

  // Start where the last session left off; the demo server comes back with its saved key and tickets.
  const initial = await activate(records.find((r) => r.active) ?? null);
  if (initial?.record.demo) await save();

  let closed: Promise<void> | undefined;
  return {
    handlers: {
      'accounts.list': () => Promise.all(records.map(toAccount)),
      'accounts.add': (req) => serial(() => add(req)),
      'accounts.remove': (req) => serial(() => remove(req.id)),
      'accounts.setActive': (req) => serial(() => setActive(req.id)),
      'accounts.test': (req) => test(req),
      'demo.start': () => serial(startDemo),
    },
    directory: {
      active: () => active?.view ?? null,
      onActiveChanged(listener): Disposable {
        activeListeners.add(listener);
        return { dispose: () => void activeListeners.delete(listener) };
      },
      onRemoved(listener): Disposable {
        removedListeners.add(listener);
        return { dispose: () => void removedListeners.delete(listener) };
      },
    },
    isDemo: () => active?.record.demo ?? false,
    warnings: () => [
      ...(loaded.problem ? [{ code: 'accounts-unreadable', message: loaded.problem }] : []),
      ...(active?.problem ? [active.problem] : []),
    ],
    close() {
      closed ??= serial(async () => {
        active?.client?.close();
        await stopDemoServer();
        activeListeners.clear();
        removedListeners.clear();
      });
      return closed;
    },
  };
}

/** "LTAI5tAbCdEfx7Qz" → "LTAI…x7Qz": enough to recognise a key, not enough to use it. */
export function maskAccessKeyId(accessKeyId: string): string {
  if (accessKeyId.length <= 8) return `${accessKeyId.slice(0, 2)}…`;
  return `${accessKeyId.slice(0, 4)}…${accessKeyId.slice(-4)}`;
}

function normaliseEndpoint(endpoint: string): string {
  return endpoint.trim().replace(/\/+$/, '');
}

function countProducts(catalog: ProductCatalog): number {
  return (
    catalog.hotConsultation.length +
    catalog.consultationMore.length +
    catalog.hotTech.length +
    catalog.techMore.reduce((n, group) => n + group.products.length, 0)
  );
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
