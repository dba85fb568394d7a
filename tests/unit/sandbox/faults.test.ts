import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/main/sandbox/random.js';
import { startSandbox, type Sandbox } from '../../../src/main/sandbox/sandbox.js';
import { call, popClient, signedCall } from './sandbox-test-kit.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await startSandbox({ seed: 'empty', random: seededRandom(7) });
});
afterEach(() => sb.close());

const createParams = {
  Action: 'CreateTicket',
  ProductCode: 'ecs',
  Category: '793',
  Content: 'fault test',
  Email: 'f@example.com',
};

async function ticketCount(): Promise<number> {
  sb.clearFaults();
  const res = await signedCall(sb, { Action: 'ListTickets' });
  return (res.json.Data as { Total: number }).Total;
}

describe('fault injection', () => {
  it('throttleRate → 400 Throttling.User with x-acs-retry-after, nothing applied', async () => {
    sb.setFaults({ throttleRate: 1 });
    const res = await signedCall(sb, createParams);
    expect([res.status, res.json.Code]).toEqual([400, 'Throttling.User']);
    expect(Number(res.headers.get('x-acs-retry-after'))).toBeGreaterThan(0);
    await expect(call(popClient(sb), 'ListProducts')).rejects.toMatchObject({ code: 'Throttling.User' });
    expect(await ticketCount()).toBe(0);
  });

  it('errorRate → 500 System.error, nothing applied', async () => {
    sb.setFaults({ errorRate: 1 });
    const res = await signedCall(sb, createParams);
    expect([res.status, res.json.Code]).toEqual([500, 'System.error']);
    expect(await ticketCount()).toBe(0);
  });

  it('resetRate → the connection drops before any response, nothing applied', async () => {
    sb.setFaults({ resetRate: 1 });
    const since = sb.requests().next;
    await expect(signedCall(sb, createParams)).rejects.toThrow();
    expect(sb.requests(since).requests).toEqual([
      expect.objectContaining({ action: 'CreateTicket', httpStatus: 0, code: 'Fault.Reset' }),
    ]);
    expect(await ticketCount()).toBe(0);
  });

  it('commitThenDropRate → the change is applied but the client gets no answer', async () => {
    sb.setFaults({ commitThenDropRate: 1 });
    await expect(call(popClient(sb), 'CreateTicket', createParams, 'POST')).rejects.toThrow();
    expect(await ticketCount()).toBe(1);
    expect(sb.requests().requests.at(-2)).toMatchObject({
      action: 'CreateTicket',
      httpStatus: 0,
      code: 'Fault.CommitThenDrop',
    });
  });

  it('actions limits faults to the named actions', async () => {
    sb.setFaults({ errorRate: 1, actions: ['ReplyTicket'] });
    const created = await signedCall(sb, createParams);
    expect(created.status).toBe(200);
    const reply = await signedCall(sb, { Action: 'ReplyTicket', TicketId: created.json.Data as string, Content: 'x' });
    expect(reply.json.Code).toBe('System.error');
  });

  it('latencyMs delays the answer', async () => {
    sb.setFaults({ latencyMs: 150 });
    const started = performance.now();
    expect((await signedCall(sb, { Action: 'ListProducts' })).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('is deterministic with a seeded random source', async () => {
    const outcomes = async (s: Sandbox): Promise<string[]> => {
      s.setFaults({ errorRate: 0.5 });
      const out: string[] = [];
      for (let i = 0; i < 20; i++) out.push(String((await signedCall(s, { Action: 'ListProducts' })).json.Code));
      return out;
    };
    const other = await startSandbox({ seed: 'empty', random: seededRandom(7) });
    try {
      const a = await outcomes(sb);
      const b = await outcomes(other);
      expect(a).toEqual(b);
      expect(new Set(a)).toEqual(new Set(['200', 'System.error']));
    } finally {
      await other.close();
    }
  });

  it('starts with faults from options and rejects invalid specs', async () => {
    const faulty = await startSandbox({ faults: { errorRate: 1 } });
    try {
      expect((await signedCall(faulty, { Action: 'ListProducts' })).json.Code).toBe('System.error');
      expect(() => faulty.setFaults({ errorRate: 3 })).toThrow(/errorRate/);
    } finally {
      await faulty.close();
    }
  });
});
