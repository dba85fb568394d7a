import type { Ticket, TicketRow, UiLanguage } from '../../../shared/domain';
import type { ParsedReq, Res } from '../../../shared/ipc';
import { groupOfState, type StatusGroup } from '../../../shared/ticket-states';
import type { ApiTicket } from '../api/workorder-api';
import { highlight, snippet } from './highlight';
import type { SearchIndex } from './search-index';
import { parseSearchQuery } from './search-text';
import type { Sql } from './statement-cache';

interface TicketRecord {
  rowid: number;
  id: string;
  title: string;
  state: string;
  grp: string;
  product_code: string;
  category_id: string | null;
  created_at: number;
  creator_id: string;
  unread: number;
  last_activity_at: number | null;
  pending: number;
  notes_synced_at: number | null;
  notes_dirty: number;
  product_name: string | null;
  category_name: string | null;
}

export interface PlaceholderTicket {
  id: string;
  title: string;
  productCode: string;
  categoryId: string;
  createdAt: number;
}

const JOIN_NAMES = `
  LEFT JOIN product_names pn ON pn.language = @language AND pn.code = t.product_code
  LEFT JOIN categories c ON c.language = @language AND c.product_code = t.product_code AND c.id = t.category_id`;

const SELECT_TICKET = `SELECT t.*, pn.name AS product_name, c.name AS category_name FROM tickets t ${JOIN_NAMES}`;

/** Search considers at most this many matching tickets (the newest): results are always limited. */
export const SEARCH_CAP = 1000;

const INSERT_TICKET = `
  INSERT INTO tickets (rowid, id, title, state, grp, product_code, category_id, created_at, creator_id, pending, notes_dirty)
  VALUES (@rowid, @id, @title, @state, @grp, @productCode, @categoryId, @createdAt, @creatorId, @pending, @dirty)`;

/**
 * Rowids follow creation time (ms × 1000 + a counter), so the search index, which is keyed by
 * rowid, can return the newest matches first without sorting every match.
 */
const ROWIDS_PER_MS = 1000;

const UPDATE_FROM_API = `
  UPDATE tickets SET title = @title, state = @state, grp = @grp, creator_id = @creatorId, created_at = @createdAt,
    notes_dirty = max(notes_dirty, @dirty)
  WHERE id = @id`;

const ORDER_BY: Record<ParsedReq<'tickets.list'>['sort'], string> = {
  'created-desc': 't.created_at DESC, t.rowid DESC',
  'created-asc': 't.created_at ASC, t.rowid ASC',
  'activity-desc': 'coalesce(t.last_activity_at, t.created_at) DESC, t.rowid DESC',
  relevance: 'm.rank, t.created_at DESC, t.rowid DESC',
};

/** Active = anything not closed; the steady poll watches these (unknown states included). */
const ACTIVE_WHERE = "grp <> 'closed'";

/** Tickets as cached from ListTickets, plus local placeholders for creates still in the outbox. */
export class TicketRepository {
  constructor(
    private readonly sql: Sql,
    private readonly search: SearchIndex,
  ) {}

  /**
   * Stores a page from ListTickets; returns the ids that are new or whose state or title changed.
   * With `markDirty`, those tickets are flagged for a notes fetch (not during an account's first
   * sync, which would otherwise fetch every conversation).
   */
  upsertFromApi(rows: readonly ApiTicket[], options: { markDirty: boolean }): string[] {
    const changed: string[] = [];
    for (const row of rows) {
      const existing = this.record(row.id);
      const values = { ...row, grp: groupOfState(row.state), dirty: options.markDirty ? 1 : 0 };
      if (!existing) {
        this.sql(INSERT_TICKET).run({
          ...values,
          rowid: this.rowidFor(row.createdAt),
          productCode: '',
          categoryId: null,
          pending: 0,
        });
        this.reindex(row.id);
        changed.push(row.id);
        continue;
      }
      const titleChanged = existing.title !== row.title;
      const stateChanged = existing.state !== row.state;
      if (titleChanged || stateChanged) {
        this.sql(UPDATE_FROM_API).run(values);
        if (titleChanged) this.reindex(row.id);
        changed.push(row.id);
      } else if (existing.creator_id !== row.creatorId || existing.created_at !== row.createdAt) {
        this.sql('UPDATE tickets SET creator_id = ?, created_at = ? WHERE id = ?').run(
          row.creatorId,
          row.createdAt,
          row.id,
        );
      }
    }
    return changed;
  }

  /** Tags tickets with a product code learnt from a ListTickets call filtered by product. */
  setProductCode(ids: readonly string[], productCode: string): string[] {
    const update = this.sql("UPDATE tickets SET product_code = ? WHERE id = ? AND product_code = ''");
    return ids.filter((id) => update.run(productCode, id).changes > 0);
  }

  setState(id: string, state: string): boolean {
    return (
      this.sql('UPDATE tickets SET state = ?, grp = ? WHERE id = ? AND state <> ?').run(
        state,
        groupOfState(state),
        id,
        state,
      ).changes > 0
    );
  }

  get(id: string, language: UiLanguage): Ticket | null {
    const record = this.sql(`${SELECT_TICKET} WHERE t.id = @id`).get({ id: this.resolveId(id), language }) as
      TicketRecord | undefined;
    return record ? toTicket(record) : null;
  }

  /** A placeholder id that has landed resolves to the server's id. */
  resolveId(id: string): string {
    const alias = this.sql('SELECT server_id FROM id_aliases WHERE local_id = ?').pluck().get(id) as string | undefined;
    return alias ?? id;
  }

  exists(id: string): boolean {
    return this.record(id) !== undefined;
  }

  notesSyncedAt(id: string): number | null {
    return this.record(id)?.notes_synced_at ?? null;
  }

  list(request: ParsedReq<'tickets.list'>, language: UiLanguage): Res<'tickets.list'> {
    const where: string[] = [];
    const params: Record<string, unknown> = { language, limit: request.limit, offset: request.offset };
    if (request.groups && request.groups.length > 0) {
      where.push(`t.grp IN (${request.groups.map((_, i) => `@g${i}`).join(', ')})`);
      request.groups.forEach((g: StatusGroup, i: number) => (params[`g${i}`] = g));
    }
    if (request.productCode !== undefined) {
      where.push('t.product_code = @productCode');
      params.productCode = request.productCode;
    }
    if (request.createdFrom !== undefined) {
      where.push('t.created_at >= @createdFrom');
      params.createdFrom = request.createdFrom;
    }
    if (request.createdTo !== undefined) {
      where.push('t.created_at <= @createdTo');
      params.createdTo = request.createdTo;
    }
    if (request.unreadOnly) where.push('t.unread > 0');
    const whereSql = where.join(' AND ');
    const query = request.query !== undefined ? parseSearchQuery(request.query) : null;
    const sort = request.sort === 'relevance' && !query ? 'created-desc' : request.sort;

    let records: TicketRecord[];
    let total: number;
    if (!query) {
      const filter = whereSql !== '' ? `WHERE ${whereSql}` : '';
      total = this.sql(`SELECT count(*) FROM tickets t ${filter}`).pluck().get(params) as number;
      records = this.sql(`${SELECT_TICKET} ${filter} ORDER BY ${ORDER_BY[sort]} LIMIT @limit OFFSET @offset`).all(
        params,
      ) as TicketRecord[];
    } else {
      const candidates = this.search.candidatesSql(query, whereSql, { cap: SEARCH_CAP, ranked: sort === 'relevance' });
      Object.assign(params, candidates.params);
      // One statement: the candidate set is computed once and serves both the page and the total.
      records = this.sql(
        `WITH m AS MATERIALIZED (${candidates.sql})
         SELECT t.*, pn.name AS product_name, c.name AS category_name, (SELECT count(*) FROM m) AS total
         FROM m JOIN tickets t ON t.rowid = m.rowid ${JOIN_NAMES}
         ORDER BY ${ORDER_BY[sort]} LIMIT @limit OFFSET @offset`,
      ).all(params) as (TicketRecord & { total: number })[];
      total =
        (records[0] as { total?: number } | undefined)?.total ??
        (this.sql(`SELECT count(*) FROM (${candidates.sql})`).pluck().get(params) as number);
    }

    const rows = records.map((record): TicketRow => {
      const row: TicketRow = toTicket(record);
      if (!query) return row;
      row.titleHighlight = highlight(record.title, query.terms);
      for (const text of this.bodyTexts(record.id, record.pending === 1)) {
        const found = snippet(text, query.terms);
        if (found) {
          row.snippet = found;
          break;
        }
      }
      return row;
    });
    return { rows, total };
  }

  counts(): Res<'tickets.counts'> {
    const counts = { all: 0, open: 0, waiting: 0, confirm: 0, closed: 0, unread: 0 };
    const rows = this.sql('SELECT grp, count(*) AS n, sum(unread > 0) AS unread FROM tickets GROUP BY grp').all() as {
      grp: string;
      n: number;
      unread: number;
    }[];
    for (const row of rows) {
      counts.all += row.n;
      counts.unread += row.unread;
      if (row.grp in counts) counts[row.grp as StatusGroup] += row.n;
    }
    return counts;
  }

  markRead(id: string): boolean {
    return this.sql('UPDATE tickets SET unread = 0 WHERE id = ? AND unread > 0').run(this.resolveId(id)).changes > 0;
  }

  addUnread(id: string, count: number): void {
    this.sql('UPDATE tickets SET unread = unread + ? WHERE id = ?').run(count, id);
  }

  /** Records a notes fetch: the time, and the newest note time for "activity" sorting. */
  notesFetched(id: string, at: number, lastActivityAt: number | null): void {
    this.sql(
      `UPDATE tickets SET notes_synced_at = @at, notes_dirty = 0,
         last_activity_at = CASE WHEN last_activity_at IS NULL OR last_activity_at < @last THEN @last
                                 ELSE last_activity_at END
       WHERE id = @id`,
    ).run({ id, at, last: lastActivityAt });
  }

  /** Asks for the ticket's notes to be fetched on the next poll. */
  markNotesDirty(id: string): void {
    this.sql('UPDATE tickets SET notes_dirty = 1 WHERE id = ?').run(id);
  }

  /** Tickets whose conversation should be fetched, newest first. */
  notesDirty(limit: number): string[] {
    return this.sql('SELECT id FROM tickets WHERE notes_dirty = 1 ORDER BY created_at DESC LIMIT ?')
      .pluck()
      .all(limit) as string[];
  }

  /** Server tickets whose conversation was never read, newest first: the backfill. */
  withoutConversation(limit: number): string[] {
    return this.sql(
      'SELECT id FROM tickets WHERE notes_synced_at IS NULL AND pending = 0 ORDER BY created_at DESC LIMIT ?',
    )
      .pluck()
      .all(limit) as string[];
  }

  /** Ids of active tickets after `cursor` in id order, wrapping around: the round-robin note budget. */
  nextActive(cursor: string | null, count: number): string[] {
    const after = this.sql(
      `SELECT id FROM tickets WHERE ${ACTIVE_WHERE} AND pending = 0 AND id > ? ORDER BY id LIMIT ?`,
    )
      .pluck()
      .all(cursor ?? '', count) as string[];
    if (after.length >= count || cursor === null) return after;
    const wrapped = this.sql(
      `SELECT id FROM tickets WHERE ${ACTIVE_WHERE} AND pending = 0 AND id <= ? ORDER BY id LIMIT ?`,
    )
      .pluck()
      .all(cursor, count - after.length) as string[];
    return [...after, ...wrapped.filter((id) => !after.includes(id))];
  }

  /** Active server tickets (not placeholders), for spotting tickets that left the active states. */
  activeIds(): string[] {
    return this.sql(`SELECT id FROM tickets WHERE ${ACTIVE_WHERE} AND pending = 0`).pluck().all() as string[];
  }

  createPlaceholder(ticket: PlaceholderTicket): void {
    this.sql(INSERT_TICKET).run({
      rowid: this.rowidFor(ticket.createdAt),
      id: ticket.id,
      title: ticket.title,
      state: 'assigned',
      grp: groupOfState('assigned'),
      productCode: ticket.productCode,
      categoryId: ticket.categoryId,
      createdAt: ticket.createdAt,
      creatorId: '',
      pending: 1,
      dirty: 0,
    });
    this.reindex(ticket.id);
  }

  /**
   * The server accepted a create: the placeholder becomes the real ticket (keeping what we know
   * about product and category), or is merged into it when sync got there first.
   */
  landPlaceholder(localId: string, serverId: string, createdAt: number): void {
    const placeholder = this.record(localId);
    this.sql('INSERT OR REPLACE INTO id_aliases (local_id, server_id) VALUES (?, ?)').run(localId, serverId);
    if (!placeholder) return;
    if (this.exists(serverId)) {
      this.sql("UPDATE tickets SET product_code = ?, category_id = ? WHERE id = ? AND product_code = ''").run(
        placeholder.product_code,
        placeholder.category_id,
        serverId,
      );
      this.removePlaceholder(localId);
    } else {
      this.sql('UPDATE tickets SET id = ?, pending = 0, created_at = ? WHERE id = ?').run(serverId, createdAt, localId);
    }
    this.reindex(serverId);
  }

  removePlaceholder(localId: string): void {
    const placeholder = this.record(localId);
    if (!placeholder || placeholder.pending !== 1) return;
    this.search.remove(placeholder.rowid);
    this.sql('DELETE FROM tickets WHERE rowid = ?').run(placeholder.rowid);
  }

  /** Rebuilds a ticket's search document from its title and every note. */
  reindex(id: string): void {
    const record = this.record(id);
    if (!record) return;
    this.search.write(record.rowid, record.title, this.bodyTexts(id, record.pending === 1).join('\n'));
  }

  private bodyTexts(id: string, pending: boolean): string[] {
    const notes = this.sql('SELECT content FROM notes WHERE ticket_id = ? ORDER BY created_at, position')
      .pluck()
      .all(id) as string[];
    if (!pending) return notes;
    // A placeholder's description lives in its outbox row until the server has the ticket.
    const payloads = this.sql("SELECT payload FROM outbox WHERE ticket_id = ? AND kind = 'create'")
      .pluck()
      .all(id) as string[];
    return [...payloads.map((p) => (JSON.parse(p) as { input: { content: string } }).input.content), ...notes];
  }

  private rowidFor(createdAt: number): number | null {
    const base = Math.max(0, Math.floor(createdAt)) * ROWIDS_PER_MS;
    // Tickets of the same second share 1,000,000 slots; past that, let SQLite pick (order is a hint).
    const last = this.sql('SELECT max(rowid) FROM tickets WHERE rowid BETWEEN ? AND ?')
      .pluck()
      .get(base, base + 1000 * ROWIDS_PER_MS - 1) as number | null;
    if (last === null) return base;
    return last + 1 < base + 1000 * ROWIDS_PER_MS ? last + 1 : null;
  }

  private record(id: string): TicketRecord | undefined {
    return this.sql('SELECT * FROM tickets WHERE id = ?').get(id) as TicketRecord | undefined;
  }
}

function toTicket(record: TicketRecord): Ticket {
  return {
    id: record.id,
    title: record.title,
    state: record.state,
    group: groupOfState(record.state),
    productCode: record.product_code,
    productName: record.product_name,
    categoryName: record.category_name,
    createdAt: record.created_at,
    creatorId: record.creator_id,
    unread: record.unread,
    lastActivityAt: record.last_activity_at,
    pending: record.pending === 1,
  };
}
