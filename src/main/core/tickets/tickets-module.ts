import { rmSync } from 'node:fs';
import type { SyncStatus } from '../../../shared/domain';
import { CoreError, ipcError } from '../../../shared/errors';
import type { AccountDirectory, ActiveAccount } from '../accounts/active-account';
import { accountCacheDir } from '../cache/account-cache';
import type { CoreContext, CoreModule } from '../core-module';
import type { NudgeReason } from '../sync/sync-engine';
import { DEFAULT_SYNC_TIMING, type SyncTiming } from '../sync/sync-timing';
import { AccountSession } from './account-session';
import { ticketDetail } from './ticket-detail';

export interface TicketsModule extends CoreModule {
  /** The desktop says the network is back, the system resumed, or the window got focus. */
  nudge(reason: NudgeReason): void;
}

export interface TicketsModuleOptions {
  /** Shorter intervals and backoffs for tests. */
  timing?: Partial<SyncTiming>;
}

const IDLE: SyncStatus = { state: 'idle', progress: null, lastSuccessAt: null, nextRunAt: null, error: null };

/**
 * Tickets, notes, search, catalog, sync and outbox for the active account, over its cache. Every
 * read answers from the cache; writes go through the outbox. Switching accounts closes one
 * session and opens the next; removing an account deletes its cache directory.
 */
export async function createTicketsModule(
  ctx: CoreContext,
  accounts: AccountDirectory,
  options: TicketsModuleOptions = {},
): Promise<TicketsModule> {
  const timing: SyncTiming = { ...DEFAULT_SYNC_TIMING, ...options.timing };
  let session: AccountSession | null = null;
  let closed = false;

  function activate(account: ActiveAccount | null): void {
    session?.dispose();
    session = null;
    if (closed || !account) {
      ctx.events.emit('sync.status', IDLE);
      return;
    }
    try {
      session = AccountSession.open(ctx, account, timing);
    } catch (error) {
      ctx.logger.error('the ticket cache could not be opened', {
        error: error instanceof Error ? error.message : String(error),
      });
      ctx.events.emit('sync.status', {
        ...IDLE,
        state: 'error',
        error: ipcError('internal', 'The local ticket cache could not be opened.'),
      });
      return;
    }
    session.start();
  }

  const subscriptions = [
    accounts.onActiveChanged(activate),
    accounts.onRemoved((accountId) => {
      if (session?.accountId === accountId) {
        session.dispose();
        session = null;
      }
      rmSync(accountCacheDir(ctx.dataDir, accountId), { recursive: true, force: true });
    }),
  ];
  activate(accounts.active());

  const need = (): AccountSession => {
    if (!session) throw new CoreError(ipcError('no-account', 'Add an account (or try the demo) to see tickets.'));
    return session;
  };
  const language = () => ctx.settings.get().language;

  return {
    handlers: {
      'tickets.list': (request) => {
        const s = need();
        if (request.productCode !== undefined) s.engine.learnProduct(request.productCode);
        return s.cache.tickets.list(request, language());
      },
      'tickets.counts': () => need().cache.tickets.counts(),
      'tickets.get': ({ id }) => {
        const s = need();
        const detail = ticketDetail(s.cache, s.cache.tickets.resolveId(id), language());
        if (!detail) throw new CoreError(ipcError('not-found', 'This ticket is not in the local cache.'));
        s.engine.refreshSoon(detail.ticket.id);
        return detail;
      },
      'tickets.markRead': ({ id }) => {
        const s = need();
        if (s.cache.tickets.markRead(id)) ctx.events.emit('tickets.changed', { ids: [s.cache.tickets.resolveId(id)] });
        return { unread: 0 as const };
      },
      'tickets.viewing': ({ id }) => {
        session?.engine.setViewing(id === null ? null : need().cache.tickets.resolveId(id));
        return {};
      },
      'tickets.create': (request) => need().create(request),
      'tickets.reply': (request) => need().reply(request),
      'tickets.close': ({ ticketId }) => need().closeTicket(ticketId),
      'outbox.list': () => session?.cache.outbox.visible() ?? [],
      'outbox.retry': ({ id }) => need().retry(id),
      'outbox.discard': ({ id }) => {
        need().discard(id);
        return { discarded: true as const };
      },
      'sync.now': () => ({ started: session?.engine.syncNow() ?? false }),
      'sync.status': () => session?.engine.status() ?? IDLE,
      'catalog.products': (request) => need().catalog.products(request?.refresh ?? false),
      'catalog.categories': ({ productCode, refresh }) => need().catalog.categories(productCode, refresh ?? false),
    },
    nudge(reason) {
      if (!session) return;
      session.engine.nudge(reason);
      if (reason !== 'focus') void session.sender.kick({ all: true });
    },
    close() {
      closed = true;
      for (const subscription of subscriptions) subscription.dispose();
      session?.dispose();
      session = null;
    },
  };
}
