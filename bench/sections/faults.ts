import { performance } from 'node:perf_hooks';
import type { Core } from '../../src/main/core/core';
import { createWorkorderClient } from '../../src/main/core/api/workorder-client';
import { must, openCoreWithAccount } from '../lib/core-session';
import { callsSince, type SandboxProcess } from '../lib/sandbox-process';
import type { ResultLine } from '../lib/results';

interface SandboxTicket {
  status: string;
  notes: { content: string; fromOfficial: boolean }[];
}

/**
 * 200 writes (replies, creates, closes) through latency, 5xx, throttling, dropped connections and
 * dropped-after-commit responses. Every write must land exactly once.
 */
export async function measureFaultRun(
  sandbox: SandboxProcess,
  dataDir: string,
  timeoutMs: number,
): Promise<ResultLine[]> {
  const session = await openCoreWithAccount(dataDir, sandbox);
  await session.initialSync;
  const { core } = session;
  const open = await must(core.handle('tickets.list', { groups: ['open', 'waiting', 'confirm'], limit: 200 }));
  const tickets = open.rows.map((r) => r.id);
  if (tickets.length < 40) throw new Error(`fault run needs 40 active tickets, found ${tickets.length}`);
  const closeIds = tickets.slice(0, 20);
  const replyIds = tickets.slice(20);
  const runId = Date.now().toString(36);

  await sandbox.control('POST', 'faults', {
    latencyMs: 30,
    errorRate: 0.05,
    throttleRate: 0.05,
    resetRate: 0.05,
    commitThenDropRate: 0.05,
  });
  const before = (await sandbox.requests(0)).next;
  const start = performance.now();
  const replies: { ticketId: string; content: string }[] = [];
  const titles: string[] = [];
  const ops: Promise<unknown>[] = [];
  for (let i = 0; i < 140; i++) {
    const reply = {
      ticketId: replyIds[i % replyIds.length]!,
      content: `Fault run ${runId} reply #${i}: still seeing the issue.`,
    };
    replies.push(reply);
    ops.push(must(core.handle('tickets.reply', reply)));
  }
  for (let i = 0; i < 40; i++) {
    const title = `Fault run ${runId} ticket #${i}`;
    titles.push(title);
    ops.push(
      must(
        core.handle('tickets.create', {
          productCode: 'ecs',
          categoryId: await firstCategory(core),
          title,
          content: `Created during the fault run ${runId}.`,
          email: 'ops@example.com',
          notifyTimeRange: 'all',
          language: 'en',
        }),
      ),
    );
  }
  for (const ticketId of closeIds) ops.push(must(core.handle('tickets.close', { ticketId })));
  await Promise.all(ops);

  // Wait until the outbox has delivered everything (or gave up on something).
  let pending = Infinity;
  let failed = 0;
  while (performance.now() - start < timeoutMs) {
    const items = await must(core.handle('outbox.list', {}));
    pending = items.filter((i) => i.state === 'queued' || i.state === 'sending').length;
    failed = items.filter((i) => i.state === 'failed').length;
    if (pending === 0) break;
    await must(core.handle('sync.now', {}));
    await new Promise((r) => setTimeout(r, 500));
  }
  const elapsedMs = Math.round(performance.now() - start);
  await sandbox.control('DELETE', 'faults');
  const calls = await callsSince(sandbox, before);

  // Count what the server holds.
  let replyCopies = 0;
  let replyDuplicates = 0;
  let replyLosses = 0;
  const cache = new Map<string, SandboxTicket>();
  for (const reply of replies) {
    if (!cache.has(reply.ticketId))
      cache.set(reply.ticketId, (await sandbox.control('GET', `tickets/${reply.ticketId}`)) as SandboxTicket);
    const copies = cache
      .get(reply.ticketId)!
      .notes.filter((n) => !n.fromOfficial && n.content === reply.content).length;
    replyCopies += copies;
    if (copies === 0) replyLosses++;
    if (copies > 1) replyDuplicates += copies - 1;
  }
  const api = createWorkorderClient({
    endpoint: sandbox.endpoint,
    accessKeyId: sandbox.accessKeyId,
    accessKeySecret: sandbox.accessKeySecret,
  });
  const created = await api.listTickets({ createdAfter: Date.now() - 3_600_000, pageSize: 100 });
  api.close();
  const createdCounts = titles.map((t) => created.rows.filter((r) => r.title === t).length);
  const createDuplicates = createdCounts.reduce((s, c) => s + Math.max(0, c - 1), 0);
  const createLosses = createdCounts.filter((c) => c === 0).length;
  let closeLosses = 0;
  for (const id of closeIds) {
    const t = (await sandbox.control('GET', `tickets/${id}`)) as SandboxTicket;
    if (t.status !== 'confirmed') closeLosses++;
  }
  await core.close();

  const note = `200 ops (140 replies, 40 creates, 20 closes); faults: 30 ms latency, 5% each of 5xx, throttling, reset, commit-then-drop; ${pending} still pending, ${failed} failed at the end; ${replyCopies} reply copies on the server`;
  return [
    { id: 'faults.ms', what: 'fault run: time until the outbox is empty', value: elapsedMs, unit: 'ms', note },
    {
      id: 'faults.calls',
      what: 'fault run: API calls',
      value: calls.total,
      unit: 'calls',
      note: JSON.stringify(calls.byAction),
    },
    {
      id: 'faults.duplicates',
      what: 'fault run: duplicates on the server',
      value: replyDuplicates + createDuplicates,
      unit: 'items',
      target: 0,
    },
    {
      id: 'faults.losses',
      what: 'fault run: writes lost',
      value: replyLosses + createLosses + closeLosses,
      unit: 'items',
      target: 0,
    },
  ];
}

let categoryId: string | undefined;
async function firstCategory(core: Core): Promise<string> {
  if (!categoryId) {
    const categories = await must(core.handle('catalog.categories', { productCode: 'ecs' }));
    categoryId = categories[0]?.id ?? '1';
  }
  return categoryId;
}
