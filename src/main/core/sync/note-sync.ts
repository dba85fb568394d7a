import { firstLine } from '../cache/outbox-repository';
import type { AccountCache } from '../cache/account-cache';
import type { ApiNote, WorkorderApi } from '../api/workorder-api';
import type { CoreContext } from '../core-module';
import type { Lifetime } from './lifetime';
import { CLOCK_SKEW_MS, sameText } from './read-back';

/**
 * Fetches one ticket's conversation and stores it; the single place new replies from support are
 * detected. Storing the notes (the persisted "seen" set), counting them unread and tying sent
 * outbox replies to their server notes happen in one transaction; events follow the commit.
 */
export class NoteSync {
  constructor(
    private readonly ctx: CoreContext,
    private readonly cache: AccountCache,
    private readonly api: WorkorderApi,
    private readonly lifetime: Lifetime,
  ) {}

  async refresh(ticketId: string): Promise<void> {
    const notes = await this.lifetime.guard(this.api.listTicketNotes(ticketId));
    this.store(ticketId, notes);
  }

  store(ticketId: string, notes: readonly ApiNote[]): void {
    const { cache, ctx } = this;
    if (!cache.tickets.exists(ticketId)) return;
    const now = ctx.clock.now();
    const result = cache.transaction(() => {
      const applied = cache.notes.apply(ticketId, notes, now);
      const { initialSyncAt } = cache.syncState.get();
      // Never on an account's first sync; on a ticket's first notes fetch only replies written
      // after the second that sync ended in (older ones were there before we started watching).
      const fresh = applied.added.filter(
        (n) =>
          n.fromOfficial &&
          initialSyncAt !== null &&
          (applied.hadBaseline || n.createdAt > Math.floor(initialSyncAt / 1000) * 1000),
      );
      if (fresh.length > 0) cache.tickets.addUnread(ticketId, fresh.length);
      const claimed = this.claimSentReplies(ticketId);
      return { fresh, changed: applied.changed || fresh.length > 0, claimed };
    });

    if (result.changed || result.claimed) this.ctx.events.emit('tickets.changed', { ids: [ticketId] });
    if (result.claimed) this.ctx.events.emit('outbox.changed', { pending: cache.outbox.pendingCount() });
    if (result.fresh.length === 0) return;
    this.ctx.events.emit('notes.new', { ticketId, count: result.fresh.length });
    if (!this.ctx.settings.get().notifications) return;
    const title = cache.tickets.get(ticketId, this.ctx.settings.get().language)?.title ?? ticketId;
    for (const note of result.fresh) {
      this.ctx.events.emit('notify', {
        ticketId,
        noteId: note.id,
        title,
        body: firstLine(note.content, 200),
        fromOfficial: true,
      });
    }
  }

  /**
   * A delivered reply is shown from its outbox row until its note arrives; then the row points at
   * the note (and the note keeps the confidential part, which the API never returns).
   */
  private claimSentReplies(ticketId: string): boolean {
    const { cache } = this;
    const waiting = cache.outbox.unmatchedSentReplies(ticketId);
    if (waiting.length === 0) return false;
    const taken = cache.outbox.claimedRefs('reply');
    const notes = cache.notes.forTicket(ticketId);
    let claimed = false;
    for (const row of waiting) {
      if (row.op.kind !== 'reply') continue;
      const op = row.op;
      const since = (row.attemptStartedAt ?? row.createdAt) - CLOCK_SKEW_MS;
      const note = notes.find(
        (n) => !n.fromOfficial && !taken.has(n.id) && n.createdAt >= since && sameText(n.content, op.content),
      );
      if (!note) continue;
      taken.add(note.id);
      cache.outbox.setServerRef(row.id, note.id);
      if (op.secretContent) cache.notes.setSecretContent(ticketId, note.id, op.secretContent);
      claimed = true;
    }
    return claimed;
  }
}
