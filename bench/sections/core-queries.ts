import { performance } from 'node:perf_hooks';
import { AccountCache, accountCacheDir } from '../../src/main/core/cache/account-cache';
import { createCore, type Core } from '../../src/main/core/core';
import { createSessionOnlyStore } from '../../src/main/core/credentials/session-only-store';
import type { ApiNote } from '../../src/main/core/api/workorder-api';
import type { TicketsListRequest } from '../../src/shared/ipc';
import { must } from '../lib/core-session';
import type { ResultLine } from '../lib/results';
import { measure } from '../lib/stats';

/** Search terms over the load seed's phrase pools: frequent, rare, two-character CJK, absent. */
export const SEARCHES: { label: string; query: string }[] = [
  { label: 'common word ("connection")', query: 'connection' },
  { label: 'rare word ("downtime")', query: 'downtime' },
  { label: 'Chinese 2-char word ("退款")', query: '退款' },
  { label: 'Japanese 2-char word ("請求")', query: '請求' },
  { label: 'no match ("kubernetes")', query: 'kubernetes' },
];

/**
 * Writes every conversation the naive client fetched into the account's cache, so search runs over
 * the full ~100,000 notes (the app itself fetches conversations on demand and round-robin).
 */
export function fillNotes(dataDir: string, accountId: string, notes: Map<string, ApiNote[]>): number {
  const cache = AccountCache.open(accountCacheDir(dataDir, accountId));
  let total = 0;
  try {
    const entries = [...notes.entries()];
    for (let i = 0; i < entries.length; i += 500) {
      cache.transaction(() => {
        for (const [ticketId, list] of entries.slice(i, i + 500)) {
          cache.notes.apply(ticketId, list, Date.now());
          total += list.length;
        }
      });
    }
  } finally {
    cache.close();
  }
  return total;
}

export async function openCachedCore(dataDir: string, accountId: string, secret: string): Promise<Core> {
  const credentials = createSessionOnlyStore();
  await credentials.set(accountId, secret);
  return createCore({ dataDir, credentials });
}

export async function measureColdOpen(
  dataDir: string,
  accountId: string,
  secret: string,
): Promise<{ ms: number; core: Core }> {
  const start = performance.now();
  const core = await openCachedCore(dataDir, accountId, secret);
  await must(core.handle('tickets.list', { limit: 50 }));
  return { ms: Math.round((performance.now() - start) * 10) / 10, core };
}

type Invoke = (channel: string, request: unknown) => Promise<unknown>;

/** The same query set, through any transport: in-process `core.handle` or the preview WebSocket. */
export async function measureQueries(
  invoke: Invoke,
  label: string,
  prefix: string,
  runs: number,
): Promise<ResultLine[]> {
  const call = async (channel: string, request: unknown) => {
    const r = (await invoke(channel, request)) as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!r.ok) throw new Error(`${channel}: ${r.error?.message}`);
    return r.value;
  };
  const firstPage = (await call('tickets.list', { limit: 50 })) as {
    rows: { id: string; productCode: string }[];
    total: number;
  };
  const ids = firstPage.rows.map((r) => r.id);
  // 2020-03-26 ListTickets does not return a ticket's product; the cache learns it when it can.
  const product = firstPage.rows.find((r) => r.productCode)?.productCode ?? 'ecs';
  const monthAgo = Date.now() - 30 * 86_400_000;
  const lines: ResultLine[] = [];
  const list = async (id: string, what: string, request: TicketsListRequest, target?: number) => {
    const s = await measure(runs, () => call('tickets.list', request));
    lines.push({
      id: `${prefix}.${id}.p95`,
      what: `${what} (${label}) p95`,
      value: s.p95,
      unit: 'ms',
      ...(target ? { target } : {}),
      note: `median ${s.median} ms, n=${s.n}`,
    });
  };
  await list(
    'list.first',
    `tickets.list first page, ${firstPage.total.toLocaleString('en')} tickets`,
    { limit: 50 },
    prefix === 'core' ? 5 : undefined,
  );
  await list('list.open', 'tickets.list "Open" group', { groups: ['open'], limit: 50 });
  await list('list.product', `tickets.list product=${product}`, { productCode: product, limit: 50 });
  await list('list.range', 'tickets.list created in the last 30 days', { createdFrom: monthAgo, limit: 50 });
  await list('list.deep', 'tickets.list page at offset 5,000', { offset: 5000, limit: 50 });
  const get = await measure(runs, (i) => call('tickets.get', { id: ids[i % ids.length] }));
  lines.push({
    id: `${prefix}.get.p95`,
    what: `tickets.get (${label}) p95`,
    value: get.p95,
    unit: 'ms',
    note: `median ${get.median} ms`,
  });
  for (const [i, search] of SEARCHES.entries()) {
    const result = (await call('tickets.list', { query: search.query, limit: 50 })) as { total: number };
    const s = await measure(runs, () => call('tickets.list', { query: search.query, limit: 50 }));
    lines.push({
      id: `${prefix}.search.${i}.p95`,
      what: `search ${search.label} (${label}) p95`,
      value: s.p95,
      unit: 'ms',
      ...(prefix === 'core' ? { target: 20 } : {}),
      note: `median ${s.median} ms, ${result.total} matches`,
    });
  }
  return lines;
}
