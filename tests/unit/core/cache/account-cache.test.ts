import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountCache } from '../../../../src/main/core/cache/account-cache';
import { SCHEMA_VERSION } from '../../../../src/main/core/cache/migrations';
import { ticketsListRequestSchema, type TicketsListRequest } from '../../../../src/shared/ipc';
import { makeTempDir } from '../../../helpers/temp-dir';

const T0 = Date.UTC(2026, 0, 1);

describe('AccountCache', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let cache: AccountCache;

  const list = (request: TicketsListRequest = {}) => cache.tickets.list(ticketsListRequestSchema.parse(request), 'en');

  beforeEach(() => {
    temp = makeTempDir();
    cache = AccountCache.open(temp.dir);
    cache.transaction(() => {
      cache.tickets.upsertFromApi(
        [
          {
            id: 'A1',
            title: 'Disk is full on web server',
            state: 'assigned',
            group: 'open',
            createdAt: T0 + 1000,
            creatorId: 'u',
          },
          {
            id: 'A2',
            title: '网络连接超时',
            state: 'wait_feedback',
            group: 'waiting',
            createdAt: T0 + 2000,
            creatorId: 'u',
          },
          {
            id: 'A3',
            title: '請求書の再発行',
            state: 'wait_confirm',
            group: 'confirm',
            createdAt: T0 + 3000,
            creatorId: 'u',
          },
          {
            id: 'A4',
            title: 'Refund for order',
            state: 'confirmed',
            group: 'closed',
            createdAt: T0 + 4000,
            creatorId: 'u',
          },
          { id: 'A5', title: 'Odd', state: 'escalated', group: 'other', createdAt: T0 + 5000, creatorId: 'u' },
        ],
        { markDirty: false },
      );
      cache.notes.apply(
        'A1',
        [
          { id: 'n1', content: 'The database volume ran out of space.', fromOfficial: false, createdAt: T0 + 1000 },
          { id: 'n2', content: 'Please check the 网络 settings of the VPC.', fromOfficial: true, createdAt: T0 + 9000 },
        ],
        T0 + 10_000,
      );
      cache.notes.apply(
        'A4',
        [{ id: 'n3', content: '請求の内容を確認しました。', fromOfficial: true, createdAt: T0 + 5000 }],
        T0 + 10_000,
      );
    });
  });
  afterEach(() => {
    cache.close();
    temp.cleanup();
  });

  it('creates a versioned WAL database in the directory', () => {
    cache.close();
    const db = new Database(path.join(temp.dir, 'cache.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
    cache = AccountCache.open(temp.dir); // re-opening an up-to-date file is a no-op migration
    expect(list().total).toBe(5);
  });

  it('lists newest first with a total, and pages', () => {
    const page = list({ limit: 2 });
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => r.id)).toEqual(['A5', 'A4']);
    expect(list({ limit: 2, offset: 2 }).rows.map((r) => r.id)).toEqual(['A3', 'A2']);
    expect(list({ sort: 'created-asc', limit: 1 }).rows.map((r) => r.id)).toEqual(['A1']);
  });

  it('filters by state group and created range, and keeps unknown states', () => {
    expect(list({ groups: ['open', 'closed'] }).rows.map((r) => r.id)).toEqual(['A4', 'A1']);
    expect(list({ createdFrom: T0 + 2000, createdTo: T0 + 3000 }).rows.map((r) => r.id)).toEqual(['A3', 'A2']);
    const odd = list().rows.find((r) => r.id === 'A5');
    expect(odd).toMatchObject({ state: 'escalated', group: 'other' });
  });

  it('sorts by latest activity', () => {
    expect(list({ sort: 'activity-desc', limit: 2 }).rows.map((r) => r.id)).toEqual(['A1', 'A5']);
  });

  it('counts per group and unread tickets', () => {
    cache.tickets.addUnread('A2', 2);
    expect(cache.tickets.counts()).toEqual({ all: 5, open: 1, waiting: 1, confirm: 1, closed: 1, unread: 1 });
    expect(list({ unreadOnly: true }).rows.map((r) => r.id)).toEqual(['A2']);
    expect(cache.tickets.markRead('A2')).toBe(true);
    expect(cache.tickets.counts().unread).toBe(0);
  });

  it('reports which tickets changed (new, state or title) and nothing else', () => {
    const same = {
      id: 'A1',
      title: 'Disk is full on web server',
      state: 'assigned',
      group: 'open' as const,
      createdAt: T0 + 1000,
      creatorId: 'u',
    };
    expect(cache.tickets.upsertFromApi([same], { markDirty: true })).toEqual([]);
    expect(cache.tickets.upsertFromApi([{ ...same, state: 'dealing' }], { markDirty: true })).toEqual(['A1']);
    expect(
      cache.tickets.upsertFromApi([{ ...same, state: 'dealing', title: 'Disk full' }], { markDirty: true }),
    ).toEqual(['A1']);
    expect(cache.tickets.upsertFromApi([{ ...same, id: 'B9' }], { markDirty: true })).toEqual(['B9']);
    expect(cache.tickets.notesDirty(10).sort()).toEqual(['A1', 'B9']);
    cache.notes.apply('A1', [], T0);
    expect(cache.tickets.notesDirty(10)).toEqual(['B9']);
  });

  it('finds English words in titles and notes, highlighted', () => {
    const title = list({ query: 'disk' });
    expect(title.rows.map((r) => r.id)).toEqual(['A1']);
    expect(title.rows[0]?.titleHighlight).toEqual([
      { text: 'Disk', match: true },
      { text: ' is full on web server', match: false },
    ]);
    const note = list({ query: 'volume' });
    expect(note.rows.map((r) => r.id)).toEqual(['A1']);
    expect(note.rows[0]?.snippet?.filter((s) => s.match).map((s) => s.text)).toEqual(['volume']);
    // Substrings of 3+ characters match (trigram), case-insensitively.
    expect(list({ query: 'DATAB' }).rows.map((r) => r.id)).toEqual(['A1']);
    expect(list({ query: 'nothing-like-this' }).total).toBe(0);
  });

  it('finds two-character Chinese words in titles and notes', () => {
    const result = list({ query: '网络' });
    expect(result.rows.map((r) => r.id).sort()).toEqual(['A1', 'A2']);
    const a2 = result.rows.find((r) => r.id === 'A2');
    expect(a2?.titleHighlight?.filter((s) => s.match).map((s) => s.text)).toEqual(['网络']);
    const a1 = result.rows.find((r) => r.id === 'A1');
    expect(a1?.snippet?.filter((s) => s.match).map((s) => s.text)).toEqual(['网络']);
    expect(list({ query: '超时' }).rows.map((r) => r.id)).toEqual(['A2']);
    // Three or more CJK characters go through the trigram index.
    expect(list({ query: '网络连接' }).rows.map((r) => r.id)).toEqual(['A2']);
  });

  it('finds two-character Japanese words in titles and notes, and single characters', () => {
    expect(list({ query: '請求' }).rows.map((r) => r.id)).toEqual(['A4', 'A3']);
    expect(list({ query: '確認' }).rows.map((r) => r.id)).toEqual(['A4']);
    expect(list({ query: '書' }).rows.map((r) => r.id)).toEqual(['A3']);
    expect(list({ query: '行' }).rows.map((r) => r.id)).toEqual(['A3']);
  });

  it('combines terms (all must match) and filters, and ranks by relevance on request', () => {
    expect(list({ query: '网络 database' }).rows.map((r) => r.id)).toEqual(['A1']);
    expect(list({ query: '网络', groups: ['waiting'] }).rows.map((r) => r.id)).toEqual(['A2']);
    expect(list({ query: '请 xyz' }).total).toBe(0);
    const ranked = list({ query: 'order', sort: 'relevance' });
    expect(ranked.rows.map((r) => r.id)).toEqual(['A4']);
  });

  it('treats FTS syntax in a query as plain text', () => {
    expect(list({ query: '"disk' }).total).toBe(0);
    expect(list({ query: 'disk OR' }).total).toBe(0);
    expect(list({ query: 'NEAR(' }).total).toBe(0);
    expect(list({ query: '  ' }).total).toBe(5);
  });

  it('keeps the search index in step with title and note changes', () => {
    cache.tickets.upsertFromApi(
      [{ id: 'A4', title: 'Money back', state: 'confirmed', group: 'closed', createdAt: T0 + 4000, creatorId: 'u' }],
      { markDirty: false },
    );
    expect(list({ query: 'refund' }).total).toBe(0);
    expect(list({ query: 'money' }).rows.map((r) => r.id)).toEqual(['A4']);
    cache.notes.apply(
      'A2',
      [{ id: 'n9', content: 'Rebooted the gateway', fromOfficial: true, createdAt: T0 + 7000 }],
      T0 + 8000,
    );
    expect(list({ query: 'gateway' }).rows.map((r) => r.id)).toEqual(['A2']);
  });
});
