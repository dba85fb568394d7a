import type Database from 'better-sqlite3';

/**
 * Versioned schema changes, applied in order inside one transaction each; `user_version` records
 * how many have run. Never edit a shipped migration: append a new one.
 */
const MIGRATIONS: readonly string[] = [
  // 1: tickets, notes, catalog, sync state, outbox and the two search indexes.
  `
  CREATE TABLE tickets (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    state TEXT NOT NULL,
    grp TEXT NOT NULL,
    product_code TEXT NOT NULL DEFAULT '',
    category_id TEXT,
    created_at INTEGER NOT NULL,
    creator_id TEXT NOT NULL DEFAULT '',
    unread INTEGER NOT NULL DEFAULT 0,
    last_activity_at INTEGER,
    pending INTEGER NOT NULL DEFAULT 0,
    -- When the notes were last fetched; NULL until the first fetch, which is a silent baseline.
    notes_synced_at INTEGER,
    -- Set with a change seen in ListTickets (in the same transaction), cleared by the notes fetch:
    -- a crash or a failed fetch cannot lose the reason to look at the conversation.
    notes_dirty INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX tickets_by_created ON tickets(created_at, rowid);
  CREATE INDEX tickets_by_group ON tickets(grp, created_at, rowid);
  CREATE INDEX tickets_by_product ON tickets(product_code, created_at, rowid);
  CREATE INDEX tickets_by_activity ON tickets(coalesce(last_activity_at, created_at), rowid);
  CREATE INDEX tickets_unread ON tickets(created_at, rowid) WHERE unread > 0;
  CREATE INDEX tickets_notes_dirty ON tickets(created_at) WHERE notes_dirty = 1;

  -- The notes table doubles as the persisted set of seen note ids for new-reply detection.
  CREATE TABLE notes (
    ticket_id TEXT NOT NULL,
    id TEXT NOT NULL,
    content TEXT NOT NULL,
    secret_content TEXT,
    from_official INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    -- Index in the server's list, which orders notes of the same second as they were written.
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (ticket_id, id)
  ) WITHOUT ROWID;

  -- A create that landed: the placeholder id keeps resolving to the server's id.
  CREATE TABLE id_aliases (local_id TEXT PRIMARY KEY, server_id TEXT NOT NULL) WITHOUT ROWID;

  CREATE TABLE catalogs (language TEXT PRIMARY KEY, json TEXT NOT NULL, fetched_at INTEGER NOT NULL);
  CREATE TABLE product_names (
    language TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (language, code)
  ) WITHOUT ROWID;
  CREATE TABLE category_lists (
    language TEXT NOT NULL, product_code TEXT NOT NULL, fetched_at INTEGER NOT NULL,
    PRIMARY KEY (language, product_code)
  ) WITHOUT ROWID;
  CREATE TABLE categories (
    language TEXT NOT NULL, product_code TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL,
    position INTEGER NOT NULL, PRIMARY KEY (language, product_code, id)
  ) WITHOUT ROWID;

  CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

  CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    ticket_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL,
    -- Set when the last attempt may have reached the server: read back before sending again.
    needs_check INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    attempt_started_at INTEGER,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    -- The server object this row turned into (note id of a reply, ticket id of a create).
    server_ref TEXT,
    finished_at INTEGER
  );
  CREATE INDEX outbox_by_ticket ON outbox(ticket_id, state);
  CREATE INDEX outbox_by_state ON outbox(state, seq);

  -- Search documents are per ticket (title + every note), keyed by tickets.rowid. Trigram serves
  -- queries of 3+ characters in any script; the word index (unicode61 over words, with CJK runs
  -- rewritten as overlapping bigrams) serves 1-2 character terms such as 网络 or 請求.
  CREATE VIRTUAL TABLE search_trigram USING fts5(
    title, body, tokenize = 'trigram', content = '', contentless_delete = 1
  );
  CREATE VIRTUAL TABLE search_words USING fts5(title, body, content = '', contentless_delete = 1);
  INSERT INTO search_trigram(search_trigram, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
  INSERT INTO search_words(search_words, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
  `,
  // 2: the conversation backfill looks for tickets whose notes were never read, newest first.
  `
  CREATE INDEX tickets_without_notes ON tickets(created_at) WHERE notes_synced_at IS NULL AND pending = 0;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(`The cache was written by a newer version (schema ${current}, this app knows ${SCHEMA_VERSION}).`);
  }
  for (let version = current; version < SCHEMA_VERSION; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
