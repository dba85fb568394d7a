import { createCore, type Core } from '../../src/main/core/core';
import { createSessionOnlyStore } from '../../src/main/core/credentials/session-only-store';
import type { SyncStatus } from '../../src/shared/domain';
import type { SandboxProcess } from './sandbox-process';

export interface CoreSession {
  core: Core;
  accountId: string;
  /** The account's first sync, complete. */
  initialSync: Promise<SyncStatus>;
  /** Resolves at the next sync.status that is idle after a run (a completed sync or poll). */
  nextIdle(timeoutMs?: number): Promise<SyncStatus>;
  /** Starts a poll (sync.now) and resolves when it has finished. */
  poll(): Promise<SyncStatus>;
}

/** A real core on `dataDir` with the sandbox's account added through the contract, as the UI does. */
export async function openCoreWithAccount(dataDir: string, sandbox: SandboxProcess): Promise<CoreSession> {
  const core = await createCore({ dataDir, credentials: createSessionOnlyStore() });
  const waiters: ((s: SyncStatus) => void)[] = [];
  core.events.on('sync.status', (status) => {
    if (status.state === 'idle' && status.lastSuccessAt !== null) waiters.splice(0).forEach((w) => w(status));
  });
  const nextIdle = (timeoutMs = 300_000) =>
    new Promise<SyncStatus>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('sync did not finish in time')), timeoutMs);
      waiters.push((s) => {
        clearTimeout(timer);
        resolve(s);
      });
    });
  // Listen before adding: a small account can finish its first sync before accounts.add returns.
  const initialSync = nextIdle();
  const added = await core.handle('accounts.add', {
    name: 'Bench',
    endpoint: sandbox.endpoint,
    accessKeyId: sandbox.accessKeyId,
    accessKeySecret: sandbox.accessKeySecret,
  });
  if (!added.ok) throw new Error(`accounts.add failed: ${added.error.message}`);
  return {
    core,
    accountId: added.value.id,
    initialSync,
    nextIdle,
    async poll() {
      // Listen first: a quick poll can finish before sync.now answers.
      const idle = nextIdle();
      await must(core.handle('sync.now', {}));
      return idle;
    },
  };
}

export async function must<T>(
  result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
