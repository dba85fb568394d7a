import { randomUUID } from 'node:crypto';
import type { OutboxItem } from '../../../shared/domain';
import { CoreError, ipcError } from '../../../shared/errors';
import type { ParsedReq, Res } from '../../../shared/ipc';
import type { ActiveAccount } from '../accounts/active-account';
import { AccountCache, accountCacheDir } from '../cache/account-cache';
import type { OutboxOp } from '../cache/outbox-repository';
import type { CoreContext } from '../core-module';
import { Lifetime } from '../sync/lifetime';
import { NoteSync } from '../sync/note-sync';
import { OutboxSender } from '../sync/outbox-sender';
import { SyncEngine } from '../sync/sync-engine';
import type { SyncTiming } from '../sync/sync-timing';
import { CatalogService } from './catalog-service';

type SentOrQueued = { state: 'sent' } | { state: 'queued'; outboxId: string };

/**
 * Everything the core keeps for the active account: its cache, sync engine, outbox sender and
 * catalog. Closing it stops all work at the next await and closes the database.
 */
export class AccountSession {
  readonly engine: SyncEngine;
  readonly sender: OutboxSender;
  readonly catalog: CatalogService;
  private readonly lifetime = new Lifetime();

  private constructor(
    private readonly ctx: CoreContext,
    readonly accountId: string,
    readonly cache: AccountCache,
    api: ActiveAccount['api'],
    timing: SyncTiming,
  ) {
    const notes = new NoteSync(ctx, cache, api, this.lifetime);
    this.sender = new OutboxSender(ctx, cache, api, this.lifetime, notes, timing);
    this.engine = new SyncEngine(ctx, cache, api, this.lifetime, notes, timing, () => {
      void this.sender.kick({ all: true });
    });
    this.catalog = new CatalogService(ctx, cache, api, this.lifetime, timing);
  }

  static open(ctx: CoreContext, account: ActiveAccount, timing: SyncTiming): AccountSession {
    const cache = AccountCache.open(accountCacheDir(ctx.dataDir, account.id));
    return new AccountSession(ctx, account.id, cache, account.api, timing);
  }

  get closed(): boolean {
    return this.lifetime.stopped;
  }

  /** Starts syncing and delivers what the last run left in the outbox (reading back rows it was sending). */
  start(): void {
    this.engine.start();
    void this.sender.kick();
  }

  dispose(): void {
    if (this.lifetime.stopped) return;
    this.engine.stop(); // stops the shared lifetime
    this.sender.stop();
    this.cache.close();
  }

  async create(input: ParsedReq<'tickets.create'>): Promise<Res<'tickets.create'>> {
    const id = randomUUID();
    const localId = `local:${id}`;
    const now = this.ctx.clock.now();
    const { phone, secretContent, ...required } = input;
    const op: OutboxOp = {
      kind: 'create',
      input: { ...required, ...(phone ? { phone } : {}), ...(secretContent ? { secretContent } : {}) },
    };
    // The row first: the placeholder's search document includes the description from it.
    this.cache.transaction(() => {
      this.cache.outbox.add({ id, ticketId: localId, op, now });
      this.cache.tickets.createPlaceholder({
        id: localId,
        title: input.title,
        productCode: input.productCode,
        categoryId: input.categoryId,
        createdAt: now,
      });
    });
    this.announce([localId]);
    const row = await this.deliver(id);
    return row?.state === 'sent' && row.serverRef
      ? { state: 'sent', ticketId: row.serverRef }
      : { state: 'queued', outboxId: id };
  }

  async reply(request: ParsedReq<'tickets.reply'>): Promise<SentOrQueued> {
    const ticket = this.requireTicket(request.ticketId);
    if (ticket.group === 'closed') {
      throw new CoreError(ipcError('conflict', 'This ticket is closed, so it cannot be replied to any more.'));
    }
    const op: OutboxOp = {
      kind: 'reply',
      content: request.content,
      ...(request.secretContent ? { secretContent: request.secretContent } : {}),
    };
    return this.enqueue(ticket.id, op);
  }

  async closeTicket(ticketId: string): Promise<SentOrQueued> {
    const ticket = this.requireTicket(ticketId);
    if (ticket.group === 'closed') return { state: 'sent' };
    const pending = this.cache.outbox.pendingClose(ticket.id);
    if (pending) return { state: 'queued', outboxId: pending.id };
    return this.enqueue(ticket.id, { kind: 'close' });
  }

  async retry(id: string): Promise<OutboxItem> {
    if (!this.cache.outbox.get(id)) throw notFound();
    if (this.cache.outbox.requeue(id)) this.announce([]);
    await this.sender.kick();
    const item = this.closed ? null : this.cache.outbox.item(id);
    if (!item) throw notFound();
    return item;
  }

  /** Drops a write that was not delivered, and the local change it made. */
  discard(id: string): void {
    const row = this.cache.outbox.get(id);
    if (!row || row.state === 'sent') throw notFound();
    if (this.sender.isInFlight(id)) {
      throw new CoreError(ipcError('conflict', 'This is being sent right now; wait a moment and try again.'));
    }
    const ids = [row.ticketId];
    this.cache.transaction(() => {
      this.cache.outbox.remove(id);
      if (row.op.kind === 'create') {
        // Replies and closes written to a ticket that will now never exist go with it.
        for (const dependent of this.cache.outbox.undeliveredFor(row.ticketId)) this.cache.outbox.remove(dependent.id);
        this.cache.tickets.removePlaceholder(row.ticketId);
      }
    });
    this.announce(ids);
  }

  private async enqueue(ticketId: string, op: OutboxOp): Promise<SentOrQueued> {
    const id = randomUUID();
    this.cache.transaction(() => this.cache.outbox.add({ id, ticketId, op, now: this.ctx.clock.now() }));
    this.announce([ticketId]);
    const row = await this.deliver(id);
    return row?.state === 'sent' ? { state: 'sent' } : { state: 'queued', outboxId: id };
  }

  /** Tries to deliver now; the row as it stands afterwards (null once the account was closed). */
  private async deliver(id: string) {
    await this.sender.kick();
    return this.closed ? null : this.cache.outbox.get(id);
  }

  private requireTicket(id: string) {
    const ticket = this.cache.tickets.get(id, this.ctx.settings.get().language);
    if (!ticket) throw new CoreError(ipcError('not-found', 'This ticket is not in the local cache (any more).'));
    return ticket;
  }

  /** After a commit: readers see the new state. */
  private announce(ticketIds: string[]): void {
    this.ctx.events.emit('outbox.changed', { pending: this.cache.outbox.pendingCount() });
    if (ticketIds.length > 0) this.ctx.events.emit('tickets.changed', { ids: ticketIds });
  }
}

const notFound = (): CoreError => new CoreError(ipcError('not-found', 'That outbox item does not exist (any more).'));
