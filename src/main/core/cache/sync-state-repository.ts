import type { Sql } from './statement-cache';

/** What the sync engine remembers between runs; see SyncEngine for the meaning of each key. */
export interface SyncState {
  /** When the account's first full sync finished; new-reply notifications start after it. */
  initialSyncAt: number | null;
  lastFullSyncAt: number | null;
  lastSuccessAt: number | null;
  /** Last ticket id whose notes the round-robin budget fetched. */
  roundRobinCursor: string | null;
  /** Next page of closed tickets the slow sweep reads, and when it last ran. */
  closedSweepPage: number;
  closedSweepAt: number | null;
  /** When tickets last learnt their product code, per product (ListTickets has no product column). */
  productsLearnedAt: Record<string, number>;
}

const DEFAULTS: SyncState = {
  initialSyncAt: null,
  lastFullSyncAt: null,
  lastSuccessAt: null,
  roundRobinCursor: null,
  closedSweepPage: 1,
  closedSweepAt: null,
  productsLearnedAt: {},
};

export class SyncStateRepository {
  constructor(private readonly sql: Sql) {}

  get(): SyncState {
    const rows = this.sql('SELECT key, value FROM sync_state').all() as { key: string; value: string }[];
    const state: Record<string, unknown> = { ...DEFAULTS };
    for (const row of rows) if (row.key in DEFAULTS) state[row.key] = JSON.parse(row.value);
    return state as unknown as SyncState;
  }

  set(patch: Partial<SyncState>): void {
    const upsert = this.sql('INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)');
    for (const [key, value] of Object.entries(patch)) upsert.run(key, JSON.stringify(value ?? null));
  }
}
