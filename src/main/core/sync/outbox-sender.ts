import { ipcError } from '../../../shared/errors';
import { ApiError, type ApiNote, type ApiTicket, type WorkorderApi } from '../api/workorder-api';
import type { AccountCache } from '../cache/account-cache';
import type { OutboxRecord } from '../cache/outbox-repository';
import type { CoreContext } from '../core-module';
import type { Disposable } from '../ports';
import { backoffDelay } from './backoff';
import { StoppedError, type Lifetime } from './lifetime';
import type { NoteSync } from './note-sync';
import { readBack } from './read-back';
import type { SyncTiming } from './sync-timing';

/** Sends and read-backs one row may go through within a single pass before it waits for backoff. */
const TRIES_PER_PASS = 3;

type Delivery = 'sent' | 'retry' | 'failed' | 'offline' | 'skipped';

/**
 * Delivers the outbox, one row at a time in the order written (a reply to a new ticket follows
 * its create). A row is marked `sending` (committed) before its call; when the call's outcome is
 * unknown, or a row is found `sending` at startup, the server is read back before anything is
 * sent again. Events are emitted after each commit.
 */
export class OutboxSender {
  private timer: Disposable | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private inFlight: string | null = null;
  /** After a connection failure, timed passes wait until then (a kick still tries at once). */
  private offlineUntil = 0;

  constructor(
    private readonly ctx: CoreContext,
    private readonly cache: AccountCache,
    private readonly api: WorkorderApi,
    private readonly lifetime: Lifetime,
    private readonly notes: NoteSync,
    private readonly timing: SyncTiming,
  ) {}

  /**
   * Runs a delivery pass now; resolves when every row due at call time has had its attempt.
   * `all` also tries rows still waiting out their backoff (the connection is back).
   */
  kick(options: { all?: boolean } = {}): Promise<void> {
    if (this.lifetime.stopped) return Promise.resolve();
    if (options.all) {
      this.cache.outbox.retryWaitingNow();
      this.offlineUntil = 0;
    }
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop();
    return this.running;
  }

  /** Whether the row's call is on the wire right now (it cannot be discarded then). */
  isInFlight(id: string): boolean {
    return this.inFlight === id;
  }

  stop(): void {
    this.timer?.dispose();
    this.timer = null;
  }

  private async loop(): Promise<void> {
    try {
      do {
        this.again = false;
        await this.pass();
      } while (this.again && !this.lifetime.stopped);
    } catch (error) {
      if (!(error instanceof StoppedError)) {
        this.ctx.logger.error('outbox delivery failed', {
          error: error instanceof Error ? error.message : String(error),
        });
      }
    } finally {
      // Cleared in the same step as the last `again` check, so a kick from now on starts a new loop.
      this.running = null;
    }
    if (!this.lifetime.stopped) this.schedule();
  }

  private async pass(): Promise<void> {
    const now = this.ctx.clock.now();
    for (const row of this.cache.outbox.undelivered()) {
      if (this.lifetime.stopped) return;
      if (row.nextAttemptAt > now) continue;
      const outcome = await this.deliver(row.id);
      // Without a connection every other row would fail the same way; they go when it is back.
      if (outcome === 'offline') break;
    }
    this.cache.outbox.prune(this.ctx.clock.now());
  }

  /** Wakes up when the earliest waiting row is due. */
  private schedule(): void {
    this.timer?.dispose();
    this.timer = null;
    const next = this.cache.outbox
      .undelivered()
      .filter((r) => !isBlocked(r))
      .reduce<number | null>((min, r) => (min === null || r.nextAttemptAt < min ? r.nextAttemptAt : min), null);
    if (next === null) return;
    const at = Math.max(next, this.offlineUntil);
    this.timer = this.ctx.clock.setTimeout(() => void this.kick(), Math.max(0, at - this.ctx.clock.now()));
  }

  private async deliver(id: string): Promise<Delivery> {
    for (let tries = 0; tries < TRIES_PER_PASS; tries++) {
      const row = this.cache.outbox.get(id);
      // Discarded, failed or delivered meanwhile; or waiting for the ticket it belongs to.
      if (!row || row.state === 'sent' || row.state === 'failed' || isBlocked(row)) return 'skipped';
      let phase: 'check' | 'send' = 'check';
      try {
        if (row.needsCheck) {
          const found = await readBack(row, {
            api: this.api,
            lifetime: this.lifetime,
            claimed: this.cache.outbox.claimedRefs(row.op.kind),
          });
          if (found.landed) {
            this.landed(row, found.ref, found);
            return 'sent';
          }
          // Proven not to have landed: sending again is safe.
          if (found.notes) this.notes.store(row.ticketId, found.notes);
        }
        phase = 'send';
        this.cache.outbox.markSending(row.id, this.ctx.clock.now());
        this.changed([]);
        this.inFlight = row.id;
        const ref = await this.send(row);
        this.inFlight = null;
        this.landed(row, ref, {});
        return 'sent';
      } catch (error) {
        this.inFlight = null;
        if (error instanceof StoppedError) throw error;
        const apiError = error instanceof ApiError ? error : null;
        if (!apiError) {
          this.ctx.logger.error('outbox delivery failed', {
            error: error instanceof Error ? error.message : String(error),
          });
        }
        const failure = apiError?.error ?? ipcError('internal', 'Sending failed unexpectedly; it will be tried again.');
        if (!this.cache.outbox.get(id)) return 'skipped';
        const notApplied = phase === 'send' && apiError?.outcome === 'not-applied';
        if (notApplied && row.op.kind === 'close' && failure.code === 'conflict') {
          this.landed(row, row.ticketId, {}); // "already closed" is what the user wanted
          return 'sent';
        }
        // The call may have landed: read back at once while this pass has tries left.
        if (!notApplied && phase === 'send' && tries + 1 < TRIES_PER_PASS) continue;
        if (!failure.retryable && failure.code !== 'internal') {
          this.cache.outbox.markFailed(id, failure, !notApplied);
          this.changed([row.ticketId]);
          return 'failed';
        }
        const delay = backoffDelay(
          row.attempts + 1,
          this.timing.outboxBackoff,
          this.ctx.random,
          apiError?.retryAfterSec,
        );
        this.cache.outbox.markRetry(id, this.ctx.clock.now() + delay, failure, !notApplied);
        this.changed([row.ticketId]);
        if (failure.code !== 'offline') return 'retry';
        this.offlineUntil = this.ctx.clock.now() + delay;
        return 'offline';
      }
    }
    return 'retry';
  }

  private async send(row: OutboxRecord): Promise<string | null> {
    const op = row.op;
    switch (op.kind) {
      case 'create':
        return this.lifetime.guard(this.api.createTicket(op.input));
      case 'reply':
        await this.lifetime.guard(this.api.replyTicket(row.ticketId, op.content, op.secretContent));
        return null;
      case 'close':
        await this.lifetime.guard(this.api.closeTicket(row.ticketId));
        return row.ticketId;
    }
  }

  /** The write is on the server: record it and apply what it did to the cache, in one transaction. */
  private landed(row: OutboxRecord, ref: string | null, seen: { ticket?: ApiTicket; notes?: ApiNote[] }): void {
    const now = this.ctx.clock.now();
    const { cache } = this;
    const ids = [row.ticketId];
    const op = row.op;
    cache.transaction(() => {
      cache.outbox.markSent(row.id, ref, now);
      if (op.kind === 'create' && ref !== null) {
        cache.tickets.landPlaceholder(row.ticketId, ref, seen.ticket?.createdAt ?? row.attemptStartedAt ?? now);
        if (seen.ticket) cache.tickets.upsertFromApi([seen.ticket], { markDirty: true });
        cache.tickets.markNotesDirty(ref);
        cache.outbox.retarget(row.ticketId, ref);
        ids.push(ref);
      } else if (op.kind === 'reply' && ref !== null && op.secretContent) {
        cache.notes.setSecretContent(row.ticketId, ref, op.secretContent);
      } else if (op.kind === 'close') {
        if (seen.ticket) cache.tickets.upsertFromApi([seen.ticket], { markDirty: false });
        else cache.tickets.setState(row.ticketId, 'confirmed');
      }
    });
    this.changed(ids);
    if (op.kind === 'create') this.again = true; // replies queued against the placeholder can go now
    if (op.kind === 'close') return;
    // Show the delivered reply (or the new ticket's description) as the server has it.
    const target = ids[ids.length - 1] as string;
    if (seen.notes) this.notes.store(target, seen.notes);
    else void this.notes.refresh(target).catch(() => undefined);
  }

  private changed(ticketIds: string[]): void {
    this.ctx.events.emit('outbox.changed', { pending: this.cache.outbox.pendingCount() });
    if (ticketIds.length > 0) this.ctx.events.emit('tickets.changed', { ids: ticketIds });
  }
}

/** A reply or close to a ticket created offline waits until the create has landed. */
const isBlocked = (row: OutboxRecord): boolean => row.ticketId.startsWith('local:') && row.op.kind !== 'create';
