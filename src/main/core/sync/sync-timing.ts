import type { BackoffPolicy } from './backoff';

/** Every interval and budget of sync and delivery in one place; tests shorten them. */
export interface SyncTiming {
  /** Failed polls retry after this backoff (offline, throttled, server errors). */
  pollBackoff: BackoffPolicy;
  /** Failed deliveries retry after this backoff, per outbox row. */
  outboxBackoff: BackoffPolicy;
  /** Active tickets whose notes each steady poll reads besides changed ones, in round-robin order:
   * 2020-03-26 has no "updated since", so a reply without a state change shows only in the notes. */
  noteBudget: number;
  /** Tickets whose conversation was never read (the first sync reads none) get it read this many
   * per poll, newest first, so every cached ticket becomes searchable and readable offline; once
   * all are read, polls cost only the budget above. */
  backfillPerPoll: number;
  /** At most this many changed tickets get their notes read per poll; the rest wait for the next. */
  changedNotesPerPoll: number;
  /** One page of closed tickets is re-read this often (they are not in the active-state poll). */
  closedSweepMs: number;
  /** A full ListTickets pass this often catches anything the active poll cannot see. */
  fullSyncMs: number;
  /** Opening a ticket refreshes its notes at most this often. */
  viewRefreshMs: number;
  /** Tickets learn their product code from a product-filtered ListTickets at most this often. */
  productLearnMs: number;
  /** Cached products and categories are refreshed in the background when older than this. */
  catalogMaxAgeMs: number;
  /** Random extra wait added to each poll, so clients do not poll in lockstep. */
  pollJitterMs: number;
  /** While auth fails, retry this rarely (a nudge or new credentials retry at once). */
  authRetryMs: number;
}

export const DEFAULT_SYNC_TIMING: SyncTiming = {
  pollBackoff: { baseMs: 5_000, maxMs: 5 * 60_000 },
  outboxBackoff: { baseMs: 5_000, maxMs: 10 * 60_000 },
  noteBudget: 3,
  backfillPerPoll: 10,
  changedNotesPerPoll: 20,
  closedSweepMs: 30 * 60_000,
  fullSyncMs: 24 * 60 * 60_000,
  viewRefreshMs: 15_000,
  productLearnMs: 24 * 60 * 60_000,
  catalogMaxAgeMs: 24 * 60 * 60_000,
  pollJitterMs: 5_000,
  authRetryMs: 15 * 60_000,
};
