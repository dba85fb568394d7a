import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../../src/main/sandbox/sandbox';
import type { SyncTiming } from '../../../../src/main/core/sync/sync-timing';
import { openTicketsHarness, type TicketsHarness } from '../../../fixtures/core/tickets-harness';
import { makeTempDir } from '../../../helpers/temp-dir';

describe('SyncEngine against the sandbox', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let sandbox: Sandbox;
  let harness: TicketsHarness | null = null;
  /** The sandbox's clock runs this far ahead: server times have whole seconds, and a reply in the
   * very second the first sync ended is (deliberately) not announced. */
  let serverAhead = 0;

  const open = async (timing: Partial<SyncTiming> = {}): Promise<TicketsHarness> => {
    harness = await openTicketsHarness({ dataDir: temp.dir, ...sandbox, timing });
    return harness;
  };
  const calls = (since: number, action: string) =>
    sandbox.requests(since).requests.filter((r) => r.action === action).length;
  const idleAfter = (h: TicketsHarness, since: number) =>
    h.until(
      () =>
        h
          .recorded('sync.status')
          .slice(since)
          .some((s) => s.state === 'idle' && s.lastSuccessAt !== null),
      'a finished sync run',
    );

  beforeEach(async () => {
    temp = makeTempDir();
    serverAhead = 0;
    sandbox = await startSandbox({ seed: { load: 250 }, now: () => Date.now() + serverAhead });
  });
  afterEach(async () => {
    await harness?.close();
    harness = null;
    await sandbox.close();
    temp.cleanup();
  });

  /** A bigger account, so the active tickets span more than one ListTickets page. */
  const useLargerSandbox = async (): Promise<void> => {
    await sandbox.close();
    sandbox = await startSandbox({ seed: { load: 600 } });
  };

  it('syncs 250 tickets in 3 ListTickets calls, reporting progress, without reading notes', async () => {
    const h = await open();
    await idleAfter(h, 0);
    expect(calls(0, 'ListTickets')).toBe(3);
    expect(calls(0, 'ListTicketNotes')).toBe(0);
    const progress = h.recorded('sync.status').flatMap((s) => (s.progress ? [s.progress] : []));
    expect(progress).toEqual([
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ]);
    // The inbox fills page by page: one tickets.changed per page.
    expect(h.recorded('tickets.changed').map((e) => e.ids.length)).toEqual([100, 100, 50]);
    expect((await h.invoke('tickets.counts')).all).toBe(250);
    expect(h.recorded('notify')).toEqual([]);
  });

  it('costs ceil(A/100) ListTickets plus the fixed note budget per steady poll without changes', async () => {
    await useLargerSandbox();
    // A backfill larger than the account reads every conversation in the first poll; the polls
    // measured below are the steady state that follows.
    const h = await open({ backfillPerPoll: 1000 });
    await idleAfter(h, 0);
    const first = h.recorded('sync.status').length;
    await h.invoke('sync.now');
    await idleAfter(h, first);
    const counts = await h.invoke('tickets.counts');
    const active = counts.all - counts.closed;
    expect(active).toBeGreaterThan(100); // so the poll needs more than one page
    for (let poll = 0; poll < 2; poll++) {
      const since = sandbox.requests().next;
      const statuses = h.recorded('sync.status').length;
      expect((await h.invoke('sync.now')).started).toBe(true);
      await idleAfter(h, statuses);
      const log = sandbox.requests(since).requests;
      expect(log.filter((r) => r.action === 'ListTickets')).toHaveLength(Math.ceil(active / 100));
      expect(log.filter((r) => r.action === 'ListTicketNotes')).toHaveLength(3);
      expect(log).toHaveLength(Math.ceil(active / 100) + 3);
    }
    expect(h.recorded('notify')).toEqual([]);
  });

  it('backfills never-read conversations newest first, a few per poll, without announcing old replies', async () => {
    const h = await open({ backfillPerPoll: 100 });
    await idleAfter(h, 0);
    const newest = (await h.invoke('tickets.list', { limit: 100 })).rows.map((r) => r.id);
    const oldest = (await h.invoke('tickets.list', { sort: 'created-asc', limit: 1 })).rows[0];
    if (!oldest) throw new Error('no tickets');
    // "escalated" is only ever said by an engineer inside a conversation, never in a title.
    expect((await h.invoke('tickets.list', { query: 'escalated' })).total).toBe(0);

    const since = sandbox.requests().next;
    let statuses = h.recorded('sync.status').length;
    await h.invoke('sync.now');
    await idleAfter(h, statuses);
    const read = sandbox.requests(since).requests.filter((r) => r.action === 'ListTicketNotes').length;
    // The round-robin budget (3) plus a backfill of 100; the newest 100 now have their conversation.
    expect(read).toBeLessThanOrEqual(103);
    expect(read).toBeGreaterThanOrEqual(100);
    for (const id of newest.slice(0, 5)) {
      expect((await h.invoke('tickets.get', { id })).notes.length).toBeGreaterThan(0);
    }

    // Two more polls read the remaining 150, and then every conversation is searchable offline.
    for (let i = 0; i < 2; i++) {
      statuses = h.recorded('sync.status').length;
      await h.invoke('sync.now');
      await idleAfter(h, statuses);
    }
    expect((await h.invoke('tickets.get', { id: oldest.id })).notes.length).toBeGreaterThan(0);
    expect((await h.invoke('tickets.list', { query: 'escalated' })).total).toBeGreaterThan(0);
    expect(h.recorded('notify')).toEqual([]);
    expect(h.recorded('notes.new')).toEqual([]);
  });

  it('announces an engineer reply exactly once, and never again after a restart', async () => {
    let h = await open();
    await idleAfter(h, 0);
    const { rows } = await h.invoke('tickets.list', { groups: ['open'], limit: 1 });
    const ticket = rows[0];
    if (!ticket) throw new Error('the load seed has no open ticket');
    serverAhead = 2000;
    const { noteId } = sandbox.addEngineerReply(ticket.id, 'We restarted the gateway.\nPlease check again.');

    let statuses = h.recorded('sync.status').length;
    await h.invoke('sync.now');
    await idleAfter(h, statuses);
    expect(h.recorded('notify')).toEqual([
      { ticketId: ticket.id, noteId, title: ticket.title, body: 'We restarted the gateway.', fromOfficial: true },
    ]);
    expect(h.recorded('notes.new')).toEqual([{ ticketId: ticket.id, count: 1 }]);
    const detail = await h.invoke('tickets.get', { id: ticket.id });
    expect(detail.ticket).toMatchObject({ unread: 1, state: 'wait_feedback', group: 'waiting' });
    expect(detail.notes.at(-1)).toMatchObject({ id: noteId, fromOfficial: true, outbox: null });

    // More polls, a view and a reopen of the same data directory: no second announcement.
    statuses = h.recorded('sync.status').length;
    await h.invoke('sync.now');
    await idleAfter(h, statuses);
    expect(h.recorded('notify')).toHaveLength(1);
    await h.close();
    harness = null;

    h = await open();
    await idleAfter(h, 0);
    await h.invoke('tickets.viewing', { id: ticket.id });
    statuses = h.recorded('sync.status').length;
    await h.invoke('sync.now');
    await idleAfter(h, statuses);
    expect(sandbox.requests().requests.some((r) => r.action === 'ListTicketNotes')).toBe(true);
    expect(h.recorded('notify')).toEqual([]);
    expect(h.recorded('notes.new')).toEqual([]);
    const after = await h.invoke('tickets.get', { id: ticket.id });
    expect(after.ticket.unread).toBe(1);
    expect(await h.invoke('tickets.markRead', { id: ticket.id })).toEqual({ unread: 0 });
    expect((await h.invoke('tickets.get', { id: ticket.id })).ticket.unread).toBe(0);
  });

  it('finds a reply without a state change through the round-robin note budget', async () => {
    const h = await open();
    await idleAfter(h, 0);
    const { rows } = await h.invoke('tickets.list', { groups: ['waiting'], limit: 1 });
    const ticket = rows[0];
    if (!ticket) throw new Error('the load seed has no waiting ticket');
    // Opening the ticket reads its conversation once (the baseline for new replies).
    const changes = h.recorded('tickets.changed').length;
    await h.invoke('tickets.get', { id: ticket.id });
    await h.until(
      () =>
        h
          .recorded('tickets.changed')
          .slice(changes)
          .some((e) => e.ids.includes(ticket.id)),
      'the notes of the opened ticket',
    );
    // Same state as before, so ListTickets shows no change.
    sandbox.addEngineerReply(ticket.id, 'One more thing.', 'wait_feedback');
    const counts = await h.invoke('tickets.counts');
    const polls = Math.ceil((counts.all - counts.closed) / 3) + 1;
    for (let i = 0; i < polls && h.recorded('notify').length === 0; i++) {
      const statuses = h.recorded('sync.status').length;
      await h.invoke('sync.now');
      await idleAfter(h, statuses);
    }
    expect(h.recorded('notify').map((n) => n.ticketId)).toEqual([ticket.id]);
  });

  it('learns ticket products for the product filter with one product-filtered ListTickets pass', async () => {
    const h = await open();
    await idleAfter(h, 0);
    const all = await h.invoke('tickets.list', { limit: 200 });
    const more = await h.invoke('tickets.list', { limit: 200, offset: 200 });
    const byProduct = new Map<string, number>();
    for (const row of [...all.rows, ...more.rows]) {
      const code = sandbox.getTicket(row.id)?.productCode ?? '';
      byProduct.set(code, (byProduct.get(code) ?? 0) + 1);
    }
    const [code, expected] = [...byProduct.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const since = sandbox.requests().next;
    expect((await h.invoke('tickets.list', { productCode: code })).total).toBe(0); // not known yet
    await h.until(
      async () => (await h.invoke('tickets.list', { productCode: code })).total === expected,
      'tickets tagged with their product',
    );
    await h.invoke('tickets.list', { productCode: code }); // learnt: no second pass
    expect(calls(since, 'ListTickets')).toBe(Math.ceil(expected / 100));
  });
});
