import type { OutboxItem } from '../../../shared/domain';
import type { IpcError } from '../../../shared/errors';
import type { CreateTicketInput } from '../api/workorder-api';
import type { Sql } from './statement-cache';

export type OutboxOp =
  | { kind: 'create'; input: CreateTicketInput }
  | { kind: 'reply'; content: string; secretContent?: string }
  | { kind: 'close' };

/** Stored states; `sending` with `needsCheck` means the last call may have reached the server. */
export type StoredOutboxState = 'queued' | 'sending' | 'sent' | 'failed';

export interface OutboxRecord {
  id: string;
  ticketId: string;
  op: OutboxOp;
  state: StoredOutboxState;
  needsCheck: boolean;
  attempts: number;
  createdAt: number;
  attemptStartedAt: number | null;
  nextAttemptAt: number;
  lastError: IpcError | null;
  serverRef: string | null;
}

interface Row {
  id: string;
  kind: OutboxOp['kind'];
  ticket_id: string;
  payload: string;
  state: StoredOutboxState;
  needs_check: number;
  attempts: number;
  created_at: number;
  attempt_started_at: number | null;
  next_attempt_at: number;
  last_error: string | null;
  server_ref: string | null;
}

/** Finished rows are kept this long so a later identical reply cannot claim the same server note. */
const KEEP_SENT_MS = 60 * 60 * 1000;
/** A sent reply whose note never showed up in a notes fetch stops being displayed after this. */
const KEEP_UNMATCHED_MS = 24 * 60 * 60 * 1000;

/** The durable queue of writes (Mailspring-style tasks): the local half is committed before the call. */
export class OutboxRepository {
  constructor(private readonly sql: Sql) {}

  add(item: { id: string; ticketId: string; op: OutboxOp; now: number }): void {
    const { kind, ...payload } = item.op;
    this.sql(
      `INSERT INTO outbox (id, kind, ticket_id, payload, state, created_at, next_attempt_at)
       VALUES (?, ?, ?, ?, 'queued', ?, 0)`,
    ).run(item.id, kind, item.ticketId, JSON.stringify(payload), item.now);
  }

  get(id: string): OutboxRecord | null {
    const row = this.sql('SELECT * FROM outbox WHERE id = ?').get(id) as Row | undefined;
    return row ? toRecord(row) : null;
  }

  /** Rows still to deliver, oldest first (a reply to a new ticket must follow its create). */
  undelivered(): OutboxRecord[] {
    return (this.sql("SELECT * FROM outbox WHERE state IN ('queued', 'sending') ORDER BY seq").all() as Row[]).map(
      toRecord,
    );
  }

  undeliveredFor(ticketId: string): OutboxRecord[] {
    return (
      this.sql("SELECT * FROM outbox WHERE ticket_id = ? AND state <> 'sent' ORDER BY seq").all(ticketId) as Row[]
    ).map(toRecord);
  }

  /** What the user sees: everything not delivered yet, failures included. */
  visible(): OutboxItem[] {
    const rows = this.sql("SELECT * FROM outbox WHERE state <> 'sent' ORDER BY seq").all() as Row[];
    return rows.map((row) => toItem(toRecord(row)));
  }

  item(id: string): OutboxItem | null {
    const record = this.get(id);
    return record ? toItem(record) : null;
  }

  pendingCount(): number {
    return this.sql("SELECT count(*) FROM outbox WHERE state <> 'sent'").pluck().get() as number;
  }

  /** Replies to show in the conversation: undelivered, or sent but not seen in a notes fetch yet. */
  replyNotes(ticketId: string): OutboxRecord[] {
    return (
      this.sql(
        "SELECT * FROM outbox WHERE ticket_id = ? AND kind = 'reply' AND (state <> 'sent' OR server_ref IS NULL) ORDER BY seq",
      ).all(ticketId) as Row[]
    ).map(toRecord);
  }

  /** The create behind a placeholder ticket. */
  createOf(ticketId: string): OutboxRecord | null {
    const row = this.sql("SELECT * FROM outbox WHERE ticket_id = ? AND kind = 'create' ORDER BY seq LIMIT 1").get(
      ticketId,
    ) as Row | undefined;
    return row ? toRecord(row) : null;
  }

  pendingClose(ticketId: string): OutboxRecord | null {
    const row = this.sql(
      "SELECT * FROM outbox WHERE ticket_id = ? AND kind = 'close' AND state <> 'sent' ORDER BY seq DESC LIMIT 1",
    ).get(ticketId) as Row | undefined;
    return row ? toRecord(row) : null;
  }

  /** Server objects already matched to a row, so a read-back never claims one twice. */
  claimedRefs(kind: OutboxOp['kind']): Set<string> {
    return new Set(
      this.sql('SELECT server_ref FROM outbox WHERE kind = ? AND server_ref IS NOT NULL').pluck().all(kind) as string[],
    );
  }

  /** Written (and committed) before the call: from here on the outcome is unknown until we learn it. */
  markSending(id: string, now: number): void {
    this.sql(
      "UPDATE outbox SET state = 'sending', needs_check = 1, attempts = attempts + 1, attempt_started_at = ? WHERE id = ?",
    ).run(now, id);
  }

  markSent(id: string, serverRef: string | null, now: number): void {
    this.sql(
      "UPDATE outbox SET state = 'sent', needs_check = 0, server_ref = coalesce(?, server_ref), last_error = NULL, finished_at = ? WHERE id = ?",
    ).run(serverRef, now, id);
  }

  /** Try again later; `needsCheck` keeps the read-back pending when the last outcome is unknown. */
  markRetry(id: string, nextAttemptAt: number, error: IpcError, needsCheck: boolean): void {
    this.sql('UPDATE outbox SET state = ?, needs_check = ?, next_attempt_at = ?, last_error = ? WHERE id = ?').run(
      needsCheck ? 'sending' : 'queued',
      needsCheck ? 1 : 0,
      nextAttemptAt,
      JSON.stringify(error),
      id,
    );
  }

  /** A permanent error; `needsCheck` keeps the read-back pending for a user retry. */
  markFailed(id: string, error: IpcError, needsCheck: boolean): void {
    this.sql("UPDATE outbox SET state = 'failed', needs_check = ?, last_error = ? WHERE id = ?").run(
      needsCheck ? 1 : 0,
      JSON.stringify(error),
      id,
    );
  }

  /** The connection is back: rows waiting out a backoff become due now. */
  retryWaitingNow(): void {
    this.sql("UPDATE outbox SET next_attempt_at = 0 WHERE state IN ('queued', 'sending')").run();
  }

  /** The user asked to try again: a failed row goes back in the queue, and a waiting one is due now. */
  requeue(id: string): boolean {
    return (
      this.sql(
        `UPDATE outbox SET next_attempt_at = 0,
           state = CASE WHEN state <> 'failed' THEN state WHEN needs_check = 1 THEN 'sending' ELSE 'queued' END
         WHERE id = ? AND state <> 'sent'`,
      ).run(id).changes > 0
    );
  }

  remove(id: string): void {
    this.sql('DELETE FROM outbox WHERE id = ?').run(id);
  }

  /** A create landed: rows queued against its placeholder now target the server's ticket. */
  retarget(fromTicketId: string, toTicketId: string): void {
    this.sql('UPDATE outbox SET ticket_id = ? WHERE ticket_id = ?').run(toTicketId, fromTicketId);
  }

  /** Sent replies not yet tied to a server note (their note has not been fetched yet). */
  unmatchedSentReplies(ticketId: string): OutboxRecord[] {
    return (
      this.sql(
        "SELECT * FROM outbox WHERE ticket_id = ? AND kind = 'reply' AND state = 'sent' AND server_ref IS NULL ORDER BY seq",
      ).all(ticketId) as Row[]
    ).map(toRecord);
  }

  setServerRef(id: string, serverRef: string): void {
    this.sql('UPDATE outbox SET server_ref = ? WHERE id = ?').run(serverRef, id);
  }

  prune(now: number): void {
    this.sql(
      `DELETE FROM outbox WHERE state = 'sent' AND finished_at < ?
         AND (server_ref IS NOT NULL OR kind <> 'reply' OR finished_at < ?)`,
    ).run(now - KEEP_SENT_MS, now - KEEP_UNMATCHED_MS);
  }
}

function toRecord(row: Row): OutboxRecord {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    op: { kind: row.kind, ...(JSON.parse(row.payload) as object) } as OutboxOp,
    state: row.state,
    needsCheck: row.needs_check === 1,
    attempts: row.attempts,
    createdAt: row.created_at,
    attemptStartedAt: row.attempt_started_at,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error ? (JSON.parse(row.last_error) as IpcError) : null,
    serverRef: row.server_ref,
  };
}

function toItem(record: OutboxRecord): OutboxItem {
  return {
    id: record.id,
    kind: record.op.kind,
    ticketId: record.ticketId,
    summary: summarize(record.op),
    state: record.state,
    attempts: record.attempts,
    createdAt: record.createdAt,
    lastError: record.lastError,
  };
}

function summarize(op: OutboxOp): string {
  switch (op.kind) {
    case 'create':
      return op.input.title;
    case 'reply':
      return firstLine(op.content);
    case 'close':
      return 'Close ticket';
  }
}

export function firstLine(text: string, max = 120): string {
  const line = text.trim().split(/\r?\n/)[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
