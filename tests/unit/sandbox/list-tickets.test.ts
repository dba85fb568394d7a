import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../src/main/sandbox/sandbox.js';
import { call, popClient, signedCall, type Wire } from './sandbox-test-kit.js';

type Row = { Id: string; TicketStatus: string; AddTime: number; CreatorId: string };

describe('ListTickets paging over 250 tickets', () => {
  // A frozen clock puts many tickets in the same second, so the id tie-break has to keep paging stable.
  const frozen = Date.now();
  let clock = frozen;
  let sb: Sandbox;
  const created: string[] = [];
  beforeAll(async () => {
    sb = await startSandbox({ seed: 'empty', now: () => clock });
    const client = popClient(sb);
    for (let i = 0; i < 250; i++) {
      if (i % 50 === 0) clock = frozen + i * 1000;
      const res = await call(
        client,
        'CreateTicket',
        { ProductCode: 'ecs', Category: '793', Content: `ticket ${i}`, Email: 'p@example.com' },
        i % 2 ? 'POST' : 'GET',
      );
      created.push(res.Data as string);
    }
  });
  afterAll(() => sb.close());

  it.each([100, 20, 7])('returns each ticket exactly once with PageSize %i, newest first', async (pageSize) => {
    const client = popClient(sb);
    const seen: Row[] = [];
    for (let page = 1; ; page++) {
      const res = await call(client, 'ListTickets', { PageSize: pageSize, PageStart: page });
      expect(res.Data).toMatchObject({ CurrentPage: page, PageSize: pageSize, Total: 250 });
      if (res.Data.List.length === 0) break;
      expect(res.Data.List.length).toBeLessThanOrEqual(pageSize);
      seen.push(...(res.Data.List as Row[]));
    }
    expect(seen.map((r) => r.Id).sort()).toEqual([...created].sort());
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1] as Row, seen[i] as Row];
      expect(a.AddTime > b.AddTime || (a.AddTime === b.AddTime && a.Id < b.Id)).toBe(true);
    }
  });

  it('defaults to PageSize 20, PageStart 1, and returns an empty List past the end', async () => {
    const client = popClient(sb);
    const first = await call(client, 'ListTickets', {});
    expect(first.Data).toMatchObject({ CurrentPage: 1, PageSize: 20, Total: 250 });
    expect(first.Data.List).toHaveLength(20);
    const past = await call(client, 'ListTickets', { PageSize: 100, PageStart: 4 });
    expect(past.Data).toMatchObject({ CurrentPage: 4, Total: 250, List: [] });
  });

  it('filters by creation time in epoch seconds (inclusive)', async () => {
    const client = popClient(sb);
    const second = Math.floor((frozen + 100_000) / 1000);
    const res = await call(client, 'ListTickets', {
      CreatedAfterTime: second,
      CreatedBeforeTime: second,
      PageSize: 100,
    });
    expect(res.Data.Total).toBe(50);
    for (const row of res.Data.List as Row[]) expect(row.AddTime).toBe(second);
  });
});

describe('ListTickets filters on the demo data', () => {
  let sb: Sandbox;
  let all: Row[];
  const productOf = new Map<string, string>();
  beforeAll(async () => {
    sb = await startSandbox({ seed: 'demo' });
    const res = await call(popClient(sb), 'ListTickets', { PageSize: 100 });
    all = res.Data.List as Row[];
    for (const row of all) productOf.set(row.Id, sb.getTicket(row.Id)?.productCode ?? '');
  });
  afterAll(() => sb.close());

  const list = async (params: Record<string, unknown>): Promise<Wire> =>
    (await call(popClient(sb), 'ListTickets', { PageSize: 100, ...params })).Data;

  it('has tickets in all six states', () => {
    expect(new Set(all.map((r) => r.TicketStatus))).toEqual(
      new Set(['assigned', 'dealing', 'wait_feedback', 'feedback', 'wait_confirm', 'confirmed']),
    );
  });

  it.each([
    ['in_progress', ['assigned', 'dealing', 'feedback']],
    ['completed', ['confirmed']],
    ['wait_confirm,dealing', ['wait_confirm', 'dealing']],
    ['wait_feedback, completed', ['wait_feedback', 'confirmed']],
  ])('TicketStatus=%s matches raw states %j', async (filter, states) => {
    const data = await list({ TicketStatus: filter });
    const expected = all.filter((r) => states.includes(r.TicketStatus)).map((r) => r.Id);
    expect(data.Total).toBe(expected.length);
    expect((data.List as Row[]).map((r) => r.Id)).toEqual(expected);
  });

  it('filters by Ids (comma list), ProductCode and SubUserId', async () => {
    const ids = [all[3]?.Id, all[7]?.Id, 'UNKNOWN'].join(',');
    expect((await list({ Ids: ids })).List.map((r: Row) => r.Id)).toEqual([all[3]?.Id, all[7]?.Id]);
    const ecs = await list({ ProductCode: 'ecs' });
    expect(ecs.Total).toBe([...productOf.values()].filter((p) => p === 'ecs').length);
    expect(ecs.Total).toBeGreaterThan(1);
    const sub = all.find((r) => r.CreatorId !== all[0]?.CreatorId)?.CreatorId ?? '';
    const bySub = await list({ SubUserId: sub });
    expect(bySub.Total).toBeGreaterThan(0);
    for (const r of bySub.List as Row[]) expect(r.CreatorId).toBe(sub);
  });

  it('accepts Ids flattened as Ids.1, Ids.2 (Tea SDK array style)', async () => {
    const res = await signedCall(sb, { Action: 'ListTickets', 'Ids.1': all[0]?.Id ?? '', 'Ids.2': all[1]?.Id ?? '' });
    expect((res.json.Data as { Total: number }).Total).toBe(2);
  });
});
