import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../../src/main/sandbox/sandbox';
import type { CreateTicketRequest } from '../../../../src/shared/ipc';
import { openTicketsHarness, type TicketsHarness } from '../../../fixtures/core/tickets-harness';
import { makeTempDir } from '../../../helpers/temp-dir';

const newTicket = (title: string): CreateTicketRequest => ({
  productCode: 'ecs',
  categoryId: '',
  title,
  content: `Details for ${title}`,
  email: 'ops@example.com',
  notifyTimeRange: 'all',
  language: 'en',
});

/** A seeded random source, so fault decisions repeat run after run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('Outbox against the sandbox', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let sandbox: Sandbox;
  let harness: TicketsHarness;
  let categoryId: string;

  const userNotes = (ticketId: string, content: string) =>
    (sandbox.getTicket(ticketId)?.notes ?? []).filter((n) => !n.fromOfficial && n.content === content);
  const synced = () =>
    harness.until(
      () => harness.recorded('sync.status').some((s) => s.state === 'idle' && s.lastSuccessAt !== null),
      'the first sync',
    );
  const outboxEmpty = () =>
    harness.until(async () => (await harness.invoke('outbox.list')).length === 0, 'an empty outbox', 30_000);

  beforeEach(async () => {
    temp = makeTempDir();
    sandbox = await startSandbox({ seed: 'demo', dataFile: path.join(temp.dir, 'sandbox.json'), random: seeded(7) });
    harness = await openTicketsHarness({ dataDir: temp.dir, ...sandbox });
    await synced();
    const categories = await harness.invoke('catalog.categories', { productCode: 'ecs' });
    categoryId = categories[0]?.id ?? '';
  });
  afterEach(async () => {
    await harness.close();
    await sandbox.close();
    temp.cleanup();
  });

  const openTicketId = async (): Promise<string> => {
    const { rows } = await harness.invoke('tickets.list', { groups: ['open', 'waiting'], limit: 5 });
    const id = rows.find((r) => !r.pending)?.id;
    if (!id) throw new Error('the demo seed has no open ticket');
    return id;
  };

  it('sends a reply and a create at once when online, mapping the new ticket id', async () => {
    const ticketId = await openTicketId();
    expect(await harness.invoke('tickets.reply', { ticketId, content: 'Thanks, it works now.' })).toEqual({
      state: 'sent',
    });
    expect(userNotes(ticketId, 'Thanks, it works now.')).toHaveLength(1);
    await harness.until(
      async () =>
        (await harness.invoke('tickets.get', { id: ticketId })).notes.some(
          (n) => n.content === 'Thanks, it works now.' && n.outbox === null,
        ),
      'the reply fetched back from the server',
    );
    const detail = await harness.invoke('tickets.get', { id: ticketId });
    expect(detail.notes.filter((n) => n.content === 'Thanks, it works now.')).toHaveLength(1);

    const created = await harness.invoke('tickets.create', { ...newTicket('Disk alarm'), categoryId });
    if (created.state !== 'sent') throw new Error('expected the create to be sent');
    expect(sandbox.getTicket(created.ticketId)?.title).toBe('Disk alarm');
    const mine = await harness.invoke('tickets.get', { id: created.ticketId });
    expect(mine.ticket).toMatchObject({ id: created.ticketId, pending: false, productCode: 'ecs' });
    expect((await harness.invoke('tickets.list', { query: 'disk alarm' })).rows.map((r) => r.id)).toEqual([
      created.ticketId,
    ]);
    expect(await harness.invoke('outbox.list')).toEqual([]);
  });

  it('keeps answering offline, queues writes, and delivers each exactly once when the server is back', async () => {
    const [replyTo, toClose] = (await harness.invoke('tickets.list', { groups: ['open', 'waiting'], limit: 2 })).rows;
    if (!replyTo || !toClose) throw new Error('the demo seed needs two open tickets');
    const { port, accessKeyId, accessKeySecret } = sandbox;
    await sandbox.close();

    const statuses = harness.recorded('sync.status').length;
    await harness.invoke('sync.now');
    await harness.until(
      () =>
        harness
          .recorded('sync.status')
          .slice(statuses)
          .some((s) => s.state === 'offline'),
      'the offline status',
    );
    const status = await harness.invoke('sync.status');
    expect(status).toMatchObject({ state: 'offline', error: { code: 'offline', retryable: true } });

    // Reads answer from the cache.
    expect((await harness.invoke('tickets.list', {})).total).toBeGreaterThan(0);
    expect((await harness.invoke('tickets.get', { id: replyTo.id })).ticket.title).toBe(replyTo.title);
    const word = replyTo.title.split(/\s+/).find((w) => [...w].length >= 3) ?? replyTo.title;
    expect((await harness.invoke('tickets.list', { query: word })).rows.map((r) => r.id)).toContain(replyTo.id);

    const reply = await harness.invoke('tickets.reply', { ticketId: replyTo.id, content: 'Written offline.' });
    const close = await harness.invoke('tickets.close', { ticketId: toClose.id });
    const created = await harness.invoke('tickets.create', { ...newTicket('Offline ticket'), categoryId });
    expect(reply.state).toBe('queued');
    expect(close.state).toBe('queued');
    expect(created.state).toBe('queued');
    expect((await harness.invoke('outbox.list')).map((i) => [i.kind, i.state])).toEqual([
      ['reply', 'queued'],
      ['close', 'queued'],
      ['create', 'queued'],
    ]);
    const pending = await harness.invoke('tickets.get', { id: replyTo.id });
    expect(pending.notes.at(-1)).toMatchObject({ content: 'Written offline.', outbox: { state: 'queued' } });
    expect((await harness.invoke('tickets.get', { id: toClose.id })).pendingClose).toMatchObject({ state: 'queued' });
    const placeholder = (await harness.invoke('tickets.list', { query: 'offline ticket' })).rows[0];
    expect(placeholder).toMatchObject({ pending: true, title: 'Offline ticket' });
    const localId = placeholder?.id ?? '';
    expect(localId.startsWith('local:')).toBe(true);
    // A reply to the ticket that does not exist on the server yet waits for its create.
    expect(await harness.invoke('tickets.reply', { ticketId: localId, content: 'One more detail.' })).toMatchObject({
      state: 'queued',
    });

    sandbox = await startSandbox({ port, accessKeyId, accessKeySecret, dataFile: path.join(temp.dir, 'sandbox.json') });
    harness.module.nudge('online');
    await outboxEmpty();

    expect(userNotes(replyTo.id, 'Written offline.')).toHaveLength(1);
    expect(sandbox.getTicket(toClose.id)?.status).toBe('confirmed');
    const landed = await harness.invoke('tickets.get', { id: localId });
    expect(landed.ticket.pending).toBe(false);
    expect(sandbox.getTicket(landed.ticket.id)?.title).toBe('Offline ticket');
    expect(userNotes(landed.ticket.id, 'One more detail.')).toHaveLength(1);
    expect((await harness.invoke('tickets.get', { id: toClose.id })).ticket.group).toBe('closed');
    await harness.until(async () => (await harness.invoke('sync.status')).state === 'idle', 'sync to recover');
  });

  it('delivers 50 replies and 10 creates exactly once while the server drops responses after committing', async () => {
    const ticketIds = (await harness.invoke('tickets.list', { groups: ['open', 'waiting'], limit: 5 })).rows
      .filter((r) => !r.pending)
      .map((r) => r.id);
    expect(ticketIds.length).toBeGreaterThan(0);
    const before = sandbox.requests().next;
    sandbox.setFaults({ commitThenDropRate: 0.5, actions: ['ReplyTicket', 'CreateTicket'] });

    for (let i = 0; i < 50; i++) {
      const ticketId = ticketIds[i % ticketIds.length] as string;
      await harness.invoke('tickets.reply', { ticketId, content: `Reply number ${i}` });
    }
    for (let i = 0; i < 10; i++) {
      await harness.invoke('tickets.create', { ...newTicket(`Dropped create ${i}`), categoryId });
    }
    harness.module.nudge('online');
    await outboxEmpty();

    const dropped = sandbox.requests(before).requests.filter((r) => r.code === 'Fault.CommitThenDrop');
    expect(dropped.length).toBeGreaterThan(10); // the faults really struck
    for (let i = 0; i < 50; i++) {
      expect(userNotes(ticketIds[i % ticketIds.length] as string, `Reply number ${i}`)).toHaveLength(1);
    }
    const createCalls = sandbox.requests(before).requests.filter((r) => r.action === 'CreateTicket');
    expect(createCalls.length).toBeGreaterThanOrEqual(10);
    const { rows } = await harness.invoke('tickets.list', { query: 'dropped create', limit: 50 });
    expect(rows.filter((r) => !r.pending)).toHaveLength(10);
    for (const row of rows) expect(sandbox.getTicket(row.id)?.title).toBe(row.title);
    expect(new Set(rows.map((r) => r.title)).size).toBe(10);
  });

  it('keeps a permanently failed write with its error until the user retries or discards it', async () => {
    const ticketId = await openTicketId();
    // Closed on the server behind our back: the reply is refused for good.
    sandbox.setStatus(ticketId, 'confirmed');
    const reply = await harness.invoke('tickets.reply', { ticketId, content: 'Too late?' });
    if (reply.state !== 'queued') throw new Error('expected the reply to stay in the outbox');
    const [failed] = await harness.invoke('outbox.list');
    expect(failed).toMatchObject({ id: reply.outboxId, state: 'failed', lastError: { code: 'conflict' } });
    const shown = await harness.invoke('tickets.get', { id: ticketId });
    expect(shown.notes.at(-1)).toMatchObject({ content: 'Too late?', outbox: { state: 'failed' } });

    // Retrying does not help while the ticket is closed; discarding removes the pending reply.
    expect(await harness.invoke('outbox.retry', { id: reply.outboxId })).toMatchObject({ state: 'failed' });
    expect(await harness.invoke('outbox.discard', { id: reply.outboxId })).toEqual({ discarded: true });
    expect(await harness.invoke('outbox.list')).toEqual([]);
    const after = await harness.invoke('tickets.get', { id: ticketId });
    expect(after.notes.some((n) => n.content === 'Too late?')).toBe(false);
    expect(userNotes(ticketId, 'Too late?')).toHaveLength(0);
    expect((await harness.attempt('outbox.discard', { id: reply.outboxId })).ok).toBe(false);
  });

  it('discarding a queued create removes its placeholder ticket', async () => {
    const { port, accessKeyId, accessKeySecret } = sandbox;
    await sandbox.close();
    const created = await harness.invoke('tickets.create', { ...newTicket('Never mind'), categoryId });
    if (created.state !== 'queued') throw new Error('expected a queued create');
    expect((await harness.invoke('tickets.list', { query: 'never mind' })).total).toBe(1);
    await harness.invoke('outbox.discard', { id: created.outboxId });
    expect((await harness.invoke('tickets.list', { query: 'never mind' })).total).toBe(0);
    sandbox = await startSandbox({ port, accessKeyId, accessKeySecret, dataFile: path.join(temp.dir, 'sandbox.json') });
  });
});
