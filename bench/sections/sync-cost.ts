import { performance } from 'node:perf_hooks';
import type { ApiNote, ApiTicket } from '../../src/main/core/api/workorder-api';
import { must, openCoreWithAccount, type CoreSession } from '../lib/core-session';
import { callsSince, type SandboxProcess } from '../lib/sandbox-process';
import type { ResultLine } from '../lib/results';
import { naivePoll } from './naive-client';

export interface SyncCostResult {
  lines: ResultLine[];
  session: CoreSession;
  naive: { tickets: ApiTicket[]; notes: Map<string, ApiNote[]> };
  active: number;
}

const ms = (start: number) => Math.round(performance.now() - start);

/** Polls (sync.now) until a notes.new event for `ticketId`, returning polls and API calls spent. */
async function pollsUntilNoticed(session: CoreSession, sandbox: SandboxProcess, ticketId: string, maxPolls: number) {
  let noticed = false;
  const sub = session.core.events.on('notes.new', (e) => {
    if (e.ticketId === ticketId) noticed = true;
  });
  const start = performance.now();
  const before = (await sandbox.requests(0)).next;
  let polls = 0;
  try {
    while (!noticed && polls < maxPolls) {
      await session.poll();
      polls++;
    }
  } finally {
    sub.dispose();
  }
  const calls = await callsSince(sandbox, before);
  return { noticed, polls, calls: calls.total, ms: ms(start) };
}

export async function measureSyncCost(
  n: number,
  sandbox: SandboxProcess,
  dataDir: string,
  options: { measureQuietReply: boolean },
): Promise<SyncCostResult> {
  const lines: ResultLine[] = [];
  const startSeq = (await sandbox.requests(0)).next;

  // Initial sync, as a new user adding their account.
  const t0 = performance.now();
  const session = await openCoreWithAccount(dataDir, sandbox);
  await session.initialSync;
  const initialMs = ms(t0);
  const initial = await callsSince(sandbox, startSeq);
  const counts = await must(session.core.handle('tickets.counts', {}));
  const active = counts.open + counts.waiting + counts.confirm;

  // The first polls after an initial sync also read never-read conversations (10 per poll, newest
  // first) until every ticket is searchable offline; the polls after that are the steady state.
  let backfillPolls = 0;
  let duringBackfill: Awaited<ReturnType<typeof callsSince>> | null = null;
  let steady = initial;
  for (let i = 0; i < Math.ceil(n / 10) + 5; i++) {
    const before = (await sandbox.requests(0)).next;
    await session.poll();
    steady = await callsSince(sandbox, before);
    if ((steady.byAction['ListTicketNotes'] ?? 0) <= 3) break;
    duringBackfill ??= steady;
    backfillPolls++;
  }
  // Naive client, same process, same server.
  const naiveBefore = (await sandbox.requests(0)).next;
  const tn = performance.now();
  const naive = await naivePoll(sandbox.endpoint, sandbox.accessKeyId, sandbox.accessKeySecret);
  const naiveMs = ms(tn);
  const naiveCalls = await callsSince(sandbox, naiveBefore);

  lines.push(
    {
      id: `sync.initial.calls.${n}`,
      what: `initial sync of ${n} tickets: ListTickets calls`,
      value: initial.byAction['ListTickets'] ?? 0,
      unit: 'calls',
      target: Math.ceil(n / 100),
      naive: naiveCalls.total,
      note: `all calls: ${JSON.stringify(initial.byAction)}; naive = list + every conversation`,
    },
    {
      id: `sync.initial.ms.${n}`,
      what: `initial sync of ${n} tickets: time until inbox complete`,
      value: initialMs,
      unit: 'ms',
      naive: naiveMs,
    },
    {
      id: `sync.backfill.polls.${n}`,
      what: `conversation backfill after the initial sync: polls until all ${n} are cached`,
      value: backfillPolls,
      unit: 'polls',
      note: duringBackfill
        ? `${duringBackfill.total} calls per poll meanwhile (${JSON.stringify(duringBackfill.byAction)}); a one-time cost`
        : 'none needed',
    },
    {
      id: `sync.poll.calls.${n}`,
      what: `steady poll, ${active} active tickets, no change: API calls`,
      value: steady.total,
      unit: 'calls',
      // ceil(A/100) ListTickets plus the fixed note budget (3) — architecture §6.
      target: Math.ceil(active / 100) + 3,
      naive: naiveCalls.total,
      note: JSON.stringify(steady.byAction),
    },
  );

  // A support reply that changes the ticket's state (the usual case) is seen on the next poll.
  const ticketInfo = await must(session.core.handle('tickets.list', { groups: ['open'], limit: 1 }));
  const target = ticketInfo.rows[0];
  if (target) {
    await sandbox.control('POST', `tickets/${target.id}/notes`, {
      content: 'Engineer: we have applied the fix, please verify.',
    });
    const seen = await pollsUntilNoticed(session, sandbox, target.id, 3);
    lines.push({
      id: `sync.reply.calls.${n}`,
      what: `new engineer reply (state changes): calls until noticed`,
      value: seen.noticed ? seen.calls : Number.NaN,
      unit: 'calls',
      naive: naiveCalls.total,
      note: `${seen.polls} poll(s), ${seen.ms} ms of polling; in the app polls run every 60 s`,
    });
  }

  // A reply that leaves the state unchanged is only visible in the notes: round-robin budget.
  if (options.measureQuietReply) {
    const quiet = await must(session.core.handle('tickets.list', { groups: ['waiting'], limit: 1 }));
    const ticket = quiet.rows[0];
    if (ticket) {
      await sandbox.control('POST', `tickets/${ticket.id}/notes`, {
        content: 'Engineer: one more detail.',
        status: ticket.state,
      });
      const bound = Math.ceil(active / 3) + 2;
      const seen = await pollsUntilNoticed(session, sandbox, ticket.id, bound);
      lines.push({
        id: `sync.quietReply.polls.${n}`,
        what: `new engineer reply (state unchanged): polls until noticed`,
        value: seen.noticed ? seen.polls : Number.NaN,
        unit: 'polls',
        target: Math.ceil(active / 3),
        note: `${seen.calls} calls in total; round-robin over ${active} active tickets, 3 per poll (a naive client sees it on its next poll, at ${active + Math.ceil(n / 100)}+ calls per poll)`,
      });
    }
  }
  return { lines, session, naive, active };
}
