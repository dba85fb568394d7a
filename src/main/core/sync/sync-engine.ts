import type { SyncStatus } from '../../../shared/domain';
import { ipcError, type IpcError } from '../../../shared/errors';
import { statesOfGroup } from '../../../shared/ticket-states';
import { ApiError, type ApiTicket, type ListTicketsQuery, type WorkorderApi } from '../api/workorder-api';
import type { AccountCache } from '../cache/account-cache';
import type { CoreContext } from '../core-module';
import type { Disposable } from '../ports';
import { backoffDelay } from './backoff';
import { StoppedError, type Lifetime } from './lifetime';
import type { NoteSync } from './note-sync';
import type { SyncTiming } from './sync-timing';

/** The largest page ListTickets serves (spec §2.6). */
export const PAGE_SIZE = 100;

/**
 * Both vocabularies (raw states and the documented filter values, spec §2.1): which one the real
 * service honours is not documented, and a value it maps onto the same tickets costs nothing.
 */
const ACTIVE_STATES = [...statesOfGroup('open'), ...statesOfGroup('waiting'), ...statesOfGroup('confirm')];
const CLOSED_STATES = statesOfGroup('closed');

export type NudgeReason = 'online' | 'resume' | 'focus';

/**
 * Keeps one account's cache in step with the server (a BackgroundFetcher, style.md §1):
 *
 * - first, a full sync: ceil(N/100) ListTickets pages, each stored and announced as it lands;
 * - then a steady poll every `pollIntervalSec`: ListTickets restricted to active states
 *   (ceil(A/100) calls), notes only for tickets that changed (new, state or title), the ticket on
 *   screen, a round-robin budget of active tickets, and (until every conversation has been read
 *   once) a backfill of tickets never read; tickets that left the active states are
 *   looked up by id; one page of closed tickets every `closedSweepMs`; a full pass every `fullSyncMs`.
 *
 * Failures become `sync.status` (offline / auth-error / error) and an exponential backoff with
 * jitter; `nudge` (network back, resume, focus) retries at once.
 */
export class SyncEngine {
  private timer: Disposable | null = null;
  private running = false;
  private rerun = false;
  private failures = 0;
  private viewing: string | null = null;
  private readonly viewRefreshedAt = new Map<string, number>();
  private readonly learning = new Set<string>();
  private current: SyncStatus;
  private readonly settingsSubscription: Disposable;

  constructor(
    private readonly ctx: CoreContext,
    private readonly cache: AccountCache,
    private readonly api: WorkorderApi,
    private readonly lifetime: Lifetime,
    private readonly notes: NoteSync,
    private readonly timing: SyncTiming,
    /** Called after a successful run that followed failures: the connection is back. */
    private readonly onReconnected: () => void,
  ) {
    this.current = {
      state: 'idle',
      progress: null,
      lastSuccessAt: cache.syncState.get().lastSuccessAt,
      nextRunAt: null,
      error: null,
    };
    let interval = ctx.settings.get().pollIntervalSec;
    this.settingsSubscription = ctx.events.on('settings.changed', (settings) => {
      if (settings.pollIntervalSec === interval) return;
      interval = settings.pollIntervalSec;
      if (!this.running && this.failures === 0) this.schedule(this.pollDelay());
    });
  }

  start(): void {
    void this.run();
  }

  stop(): void {
    this.lifetime.stop();
    this.timer?.dispose();
    this.timer = null;
    this.settingsSubscription.dispose();
  }

  status(): SyncStatus {
    return this.current;
  }

  /** Starts a run now; false if one is already running (it will be followed by another). */
  syncNow(): boolean {
    if (this.running) {
      this.rerun = true;
      return false;
    }
    void this.run();
    return true;
  }

  nudge(reason: NudgeReason): void {
    if (this.lifetime.stopped) return;
    const last = this.current.lastSuccessAt ?? 0;
    const stale = this.ctx.clock.now() - last > this.ctx.settings.get().pollIntervalSec * 1000;
    // Focus alone is no reason to poll early while the data is fresh.
    if (reason === 'focus' && this.failures === 0 && !stale) return;
    this.syncNow();
  }

  /** The ticket on screen: its notes are refreshed on every poll, and now if they are not fresh. */
  setViewing(ticketId: string | null): void {
    this.viewing = ticketId;
    if (ticketId) this.refreshSoon(ticketId);
  }

  /** Refreshes a ticket's notes in the background, at most every `viewRefreshMs`. */
  refreshSoon(ticketId: string): void {
    if (this.lifetime.stopped || ticketId.startsWith('local:')) return;
    const now = this.ctx.clock.now();
    if (now - (this.viewRefreshedAt.get(ticketId) ?? 0) < this.timing.viewRefreshMs) return;
    this.viewRefreshedAt.set(ticketId, now);
    this.notes.refresh(ticketId).catch((error: unknown) => {
      if (!(error instanceof StoppedError)) this.viewRefreshedAt.delete(ticketId);
    });
  }

  /**
   * ListTickets rows carry no product code, so the product filter would only know tickets created
   * here. When someone filters by a product, its tickets are looked up with a product-filtered
   * ListTickets (ceil(n/100) calls) in the background, at most once per `productLearnMs`.
   */
  learnProduct(productCode: string): void {
    if (this.lifetime.stopped || this.learning.has(productCode)) return;
    const learned = this.cache.syncState.get().productsLearnedAt;
    if (this.ctx.clock.now() - (learned[productCode] ?? 0) < this.timing.productLearnMs) return;
    this.learning.add(productCode);
    this.tagProduct(productCode)
      .catch((error: unknown) => {
        if (error instanceof StoppedError) return;
        this.ctx.logger.warn('learning ticket products failed', { productCode });
      })
      .finally(() => this.learning.delete(productCode));
  }

  private async tagProduct(productCode: string): Promise<void> {
    let pages = 1;
    for (let page = 1; page <= pages; page++) {
      const result = await this.list({ productCode, pageSize: PAGE_SIZE, page });
      pages = Math.ceil(result.total / PAGE_SIZE);
      const tagged = this.cache.transaction(() => {
        const changed = this.cache.tickets.upsertFromApi(result.rows, { markDirty: true });
        const ids = this.cache.tickets.setProductCode(
          result.rows.map((r) => r.id),
          productCode,
        );
        return [...new Set([...changed, ...ids])];
      });
      if (tagged.length > 0) this.ctx.events.emit('tickets.changed', { ids: tagged });
    }
    const learned = this.cache.syncState.get().productsLearnedAt;
    this.cache.syncState.set({ productsLearnedAt: { ...learned, [productCode]: this.ctx.clock.now() } });
  }

  private async run(): Promise<void> {
    if (this.lifetime.stopped || this.running) return;
    this.running = true;
    this.timer?.dispose();
    this.timer = null;
    try {
      do {
        this.rerun = false;
        await this.runOnce();
      } while (this.rerun && !this.lifetime.stopped);
    } finally {
      this.running = false;
    }
  }

  private async runOnce(): Promise<void> {
    const recovering = this.failures > 0;
    try {
      this.update({ state: 'syncing', nextRunAt: null });
      const state = this.cache.syncState.get();
      const now = this.ctx.clock.now();
      if (state.initialSyncAt === null || now - (state.lastFullSyncAt ?? 0) >= this.timing.fullSyncMs) {
        await this.fullSync(state.initialSyncAt === null);
      } else {
        await this.poll();
      }
      const done = this.ctx.clock.now();
      this.cache.syncState.set({ lastSuccessAt: done });
      this.failures = 0;
      const delay = this.pollDelay();
      this.update({ state: 'idle', progress: null, lastSuccessAt: done, error: null, nextRunAt: done + delay });
      this.schedule(delay);
      if (recovering) this.onReconnected();
    } catch (error) {
      if (error instanceof StoppedError || this.lifetime.stopped) return;
      this.failures++;
      const apiError = error instanceof ApiError ? error : null;
      const failure = apiError?.error ?? ipcError('internal', 'Syncing failed unexpectedly; it will be tried again.');
      if (!apiError)
        this.ctx.logger.error('sync failed', { error: error instanceof Error ? error.message : String(error) });
      const delay =
        failure.code === 'auth' || failure.code === 'forbidden'
          ? this.timing.authRetryMs
          : backoffDelay(this.failures, this.timing.pollBackoff, this.ctx.random, apiError?.retryAfterSec);
      this.update({
        state: stateFor(failure),
        progress: null,
        error: failure,
        nextRunAt: this.ctx.clock.now() + delay,
      });
      this.schedule(delay);
    }
  }

  /** Every ticket, page by page; the inbox fills (and stays usable) while it runs. */
  private async fullSync(first: boolean): Promise<void> {
    let pages = 1;
    for (let page = 1; page <= pages; page++) {
      const result = await this.list({ pageSize: PAGE_SIZE, page });
      pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
      // An account's first sync reads no conversations: notes follow on demand and round-robin.
      this.store(result.rows, !first);
      this.update({ progress: { done: page, total: pages } });
    }
    const now = this.ctx.clock.now();
    this.cache.syncState.set(
      first ? { initialSyncAt: now, lastFullSyncAt: now, closedSweepAt: now } : { lastFullSyncAt: now },
    );
    await this.fetchNotes([]);
  }

  private async poll(): Promise<void> {
    const seen = new Set<string>();
    const cachedActive = new Set(this.cache.tickets.activeIds());
    let pages = 1;
    for (let page = 1; page <= pages; page++) {
      const result = await this.list({ states: ACTIVE_STATES, pageSize: PAGE_SIZE, page });
      pages = Math.ceil(result.total / PAGE_SIZE);
      for (const row of result.rows) seen.add(row.id);
      this.store(result.rows, true);
    }
    // Tickets that left the active states (closed, most likely): one lookup per 100.
    const left = [...cachedActive].filter((id) => !seen.has(id));
    for (let i = 0; i < left.length; i += PAGE_SIZE) {
      const ids = left.slice(i, i + PAGE_SIZE);
      const result = await this.list({ ids, pageSize: PAGE_SIZE, page: 1 });
      this.store(result.rows, true);
    }
    await this.closedSweep();
    const state = this.cache.syncState.get();
    const budget = this.cache.tickets.nextActive(state.roundRobinCursor, this.timing.noteBudget);
    const last = budget[budget.length - 1];
    if (last !== undefined) this.cache.syncState.set({ roundRobinCursor: last });
    await this.fetchNotes([...budget, ...this.cache.tickets.withoutConversation(this.timing.backfillPerPoll)]);
  }

  /** Closed tickets are not in the active poll; re-read one page of them now and then. */
  private async closedSweep(): Promise<void> {
    const state = this.cache.syncState.get();
    if (this.ctx.clock.now() - (state.closedSweepAt ?? 0) < this.timing.closedSweepMs) return;
    const result = await this.list({ states: CLOSED_STATES, pageSize: PAGE_SIZE, page: state.closedSweepPage });
    this.store(result.rows, true);
    const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    this.cache.syncState.set({
      closedSweepAt: this.ctx.clock.now(),
      closedSweepPage: state.closedSweepPage >= pages ? 1 : state.closedSweepPage + 1,
    });
  }

  /** Notes of changed tickets (flagged in the cache), the ticket on screen, and `extra`. */
  private async fetchNotes(extra: string[]): Promise<void> {
    const ids = new Set(this.cache.tickets.notesDirty(this.timing.changedNotesPerPoll));
    if (this.viewing && !this.viewing.startsWith('local:') && this.cache.tickets.exists(this.viewing)) {
      ids.add(this.viewing);
    }
    for (const id of extra) ids.add(id);
    for (const id of ids) {
      await this.notes.refresh(id);
      this.viewRefreshedAt.set(id, this.ctx.clock.now());
    }
  }

  private list(query: ListTicketsQuery) {
    return this.lifetime.guard(this.api.listTickets(query));
  }

  private store(rows: ApiTicket[], markDirty: boolean): void {
    const changed = this.cache.transaction(() => this.cache.tickets.upsertFromApi(rows, { markDirty }));
    if (changed.length > 0) this.ctx.events.emit('tickets.changed', { ids: changed });
  }

  private pollDelay(): number {
    return this.ctx.settings.get().pollIntervalSec * 1000 + Math.floor(this.ctx.random() * this.timing.pollJitterMs);
  }

  private schedule(delay: number): void {
    this.timer?.dispose();
    this.timer = null;
    if (this.lifetime.stopped) return;
    this.timer = this.ctx.clock.setTimeout(() => void this.run(), delay);
  }

  private update(patch: Partial<SyncStatus>): void {
    this.current = { ...this.current, ...patch };
    this.ctx.events.emit('sync.status', this.current);
  }
}

function stateFor(error: IpcError): SyncStatus['state'] {
  if (error.code === 'offline') return 'offline';
  if (error.code === 'auth' || error.code === 'forbidden') return 'auth-error';
  return 'error';
}
