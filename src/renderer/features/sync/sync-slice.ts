import type { OutboxItem, SyncStatus } from '../../../shared/domain';
import type { IpcError } from '../../../shared/errors';
import type { SliceCreator } from '../../app/store';

export interface SyncSlice {
  sync: SyncStatus | null;
  /** The browser's own view of the network, so "Offline" shows even before sync notices. */
  networkOnline: boolean;
  outbox: readonly OutboxItem[];
  outboxOpen: boolean;
  outboxError: IpcError | null;
  loadSyncStatus(): Promise<void>;
  applySyncStatus(status: SyncStatus): void;
  setNetworkOnline(online: boolean): void;
  syncNow(): Promise<void>;
  loadOutbox(): Promise<void>;
  retryOutbox(id: string): Promise<void>;
  discardOutbox(id: string): Promise<void>;
  setOutboxOpen(open: boolean): void;
}

/** Items the user still has to think about: not yet delivered, not thrown away. */
export const isPending = (item: OutboxItem) => item.state !== 'sent' && item.state !== 'discarded';

export const createSyncSlice: SliceCreator<SyncSlice> = (deps) => (set, get) => ({
  sync: null,
  networkOnline: true,
  outbox: [],
  outboxOpen: false,
  outboxError: null,

  async loadSyncStatus() {
    const result = await deps.bridge.invoke('sync.status');
    if (result.ok) get().applySyncStatus(result.value);
  },

  applySyncStatus(status) {
    set({ sync: status });
  },

  setNetworkOnline(online) {
    set({ networkOnline: online });
  },

  async syncNow() {
    const result = await deps.bridge.invoke('sync.now');
    if (!result.ok) {
      const current = get().sync;
      set({
        sync: {
          state: result.error.code === 'offline' ? 'offline' : 'error',
          progress: null,
          lastSuccessAt: current?.lastSuccessAt ?? null,
          nextRunAt: current?.nextRunAt ?? null,
          error: result.error,
        },
      });
    }
  },

  async loadOutbox() {
    const result = await deps.bridge.invoke('outbox.list');
    if (result.ok) set({ outbox: result.value, outboxError: null });
    else set({ outboxError: result.error });
  },

  async retryOutbox(id) {
    const result = await deps.bridge.invoke('outbox.retry', { id });
    set({ outboxError: result.ok ? null : result.error });
    await get().loadOutbox();
  },

  async discardOutbox(id) {
    const result = await deps.bridge.invoke('outbox.discard', { id });
    set({ outboxError: result.ok ? null : result.error });
    await get().loadOutbox();
    void get().reloadTicket();
    void get().refreshInbox();
  },

  setOutboxOpen(open) {
    set({ outboxOpen: open });
  },
});
