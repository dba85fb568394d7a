import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CatalogRepository } from './catalog-repository';
import { migrate } from './migrations';
import { NoteRepository } from './note-repository';
import { OutboxRepository } from './outbox-repository';
import { SearchIndex } from './search-index';
import { statementCache } from './statement-cache';
import { SyncStateRepository } from './sync-state-repository';
import { TicketRepository } from './ticket-repository';

/** `<dataDir>/accounts/<accountId>/`: everything cached for one account, removed with it. */
export const accountCacheDir = (dataDir: string, accountId: string): string =>
  path.join(dataDir, 'accounts', encodeURIComponent(accountId));

/**
 * One account's SQLite cache. It owns the only connection to its file (single writer, as in
 * Mailspring); every SQL statement lives in one of its repositories.
 */
export class AccountCache {
  readonly tickets: TicketRepository;
  readonly notes: NoteRepository;
  readonly catalog: CatalogRepository;
  readonly syncState: SyncStateRepository;
  readonly outbox: OutboxRepository;
  private closed = false;

  private constructor(private readonly db: Database.Database) {
    const sql = statementCache(db);
    this.tickets = new TicketRepository(sql, new SearchIndex(sql));
    this.notes = new NoteRepository(sql, this.tickets);
    this.catalog = new CatalogRepository(sql);
    this.syncState = new SyncStateRepository(sql);
    this.outbox = new OutboxRepository(sql);
  }

  static open(dir: string): AccountCache {
    mkdirSync(dir, { recursive: true });
    const db = new Database(path.join(dir, 'cache.db'));
    try {
      db.pragma('journal_mode = WAL');
      // FULL: a committed outbox row must survive a power cut, because the call follows it.
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 2000');
      migrate(db);
      return new AccountCache(db);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** Runs `fn` in one transaction (nested calls join the outer one). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}
