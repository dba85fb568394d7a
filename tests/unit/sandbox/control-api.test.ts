import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../src/main/sandbox/sandbox.js';
import { send, signedCall } from './sandbox-test-kit.js';

let sb: Sandbox;
let id: string;
beforeAll(async () => {
  sb = await startSandbox({ seed: 'empty' });
  const res = await signedCall(sb, {
    Action: 'CreateTicket',
    ProductCode: 'rds',
    Category: (await categoryOf('rds')).toString(),
    Title: 'Replica lag',
    Content: 'Replica lag is 30 minutes.',
    SecretContent: 'rm-123',
    Email: 'dba@example.com',
    Phone: '+86 138 0000 0000',
    NotifyTimeRange: 'never',
    Language: 'zh',
  });
  id = res.json.Data as string;
});
afterAll(() => sb.close());

async function categoryOf(product: string): Promise<number> {
  const res = await signedCall(sb, { Action: 'ListCategories', ProductCode: product });
  return (res.json.Data as { List: Array<{ Id: number }> }).List[0]?.Id ?? 0;
}

const control = (path: string, init: RequestInit = {}) =>
  send(`${sb.endpoint}/_sandbox/${path}`, {
    ...init,
    headers: init.body ? { 'content-type': 'application/json' } : {},
  });
const post = (path: string, body: unknown) => control(path, { method: 'POST', body: JSON.stringify(body) });

describe('control API', () => {
  it('GET health', async () => {
    const res = await control('health');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ok: true, version: '2020-03-26', tickets: 1 });
  });

  it('GET tickets/{id} has exactly the documented shape', async () => {
    const res = await control(`tickets/${id}`);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      id,
      title: 'Replica lag',
      status: 'assigned',
      productCode: 'rds',
      category: expect.stringMatching(/^\d+$/),
      content: 'Replica lag is 30 minutes.',
      secretContent: 'rm-123',
      email: 'dba@example.com',
      phone: '+86 138 0000 0000',
      notifyTimeRange: 'never',
      language: 'zh',
      createdAt: expect.any(Number),
      notes: [
        {
          noteId: expect.stringMatching(/^[A-Z0-9]{8}$/),
          content: 'Replica lag is 30 minutes.',
          secretContent: 'rm-123',
          fromOfficial: false,
          createdAt: expect.any(Number),
        },
      ],
    });
    expect(Math.abs((res.json.createdAt as number) - Date.now() / 1000)).toBeLessThan(60);
    expect((await control('tickets/NOPE')).status).toBe(404);
  });

  it('POST tickets/{id}/notes adds an official reply (default wait_feedback) and returns its noteId', async () => {
    const res = await post(`tickets/${id}/notes`, { content: 'Please send the binlog position.' });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ noteId: expect.stringMatching(/^[A-Z0-9]{8}$/) });
    const ticket = (await control(`tickets/${id}`)).json as {
      status: string;
      notes: Array<{ noteId: string; fromOfficial: boolean }>;
    };
    expect(ticket.status).toBe('wait_feedback');
    expect(ticket.notes.at(-1)).toMatchObject({ noteId: res.json.noteId, fromOfficial: true });

    const listed = await signedCall(sb, { Action: 'ListTicketNotes', TicketId: id });
    expect((listed.json.Data as { List: Array<{ NoteId: string }> }).List.at(-1)?.NoteId).toBe(res.json.noteId);

    const withStatus = await post(`tickets/${id}/notes`, { content: 'Fixed, please confirm.', status: 'wait_confirm' });
    expect(withStatus.status).toBe(200);
    expect(sb.getTicket(id)?.status).toBe('wait_confirm');
    expect((await post(`tickets/${id}/notes`, {})).status).toBe(400);
    expect((await post(`tickets/${id}/notes`, { content: 'x', status: 'weird' })).status).toBe(400);
    expect((await post('tickets/NOPE/notes', { content: 'x' })).status).toBe(404);
  });

  it('POST tickets/{id}/status changes the state; an engineer cannot answer a closed ticket', async () => {
    expect((await post(`tickets/${id}/status`, { status: 'dealing' })).json).toEqual({ id, status: 'dealing' });
    expect(sb.getTicket(id)?.status).toBe('dealing');
    expect((await post(`tickets/${id}/status`, { status: 'done' })).status).toBe(400);
    await post(`tickets/${id}/status`, { status: 'confirmed' });
    const closed = await post(`tickets/${id}/notes`, { content: 'late' });
    expect([closed.status, closed.json.code]).toEqual([409, 'TicketClosed']);
    await post(`tickets/${id}/status`, { status: 'dealing' });
  });

  it('POST/GET/DELETE faults', async () => {
    const set = await post('faults', { errorRate: 1, actions: ['ListProducts'] });
    expect(set.json).toEqual({ errorRate: 1, actions: ['ListProducts'] });
    expect((await control('faults')).json).toEqual({ errorRate: 1, actions: ['ListProducts'] });
    expect((await signedCall(sb, { Action: 'ListProducts' })).json.Code).toBe('System.error');
    expect((await control('faults', { method: 'DELETE' })).json).toEqual({});
    expect((await signedCall(sb, { Action: 'ListProducts' })).json.Code).toBe(200);
    const bad = await post('faults', { errorRate: 'high' });
    expect([bad.status, bad.json.code]).toEqual([400, 'BadRequest']);
    expect((await control('faults', { method: 'POST', body: '{not json' })).status).toBe(400);
  });

  it('GET requests?since=N logs API calls (not control calls) with seq > N', async () => {
    const { next } = (await control('requests')).json as { next: number };
    await signedCall(sb, { Action: 'ListTickets' }, { method: 'POST' });
    await signedCall(sb, { Action: 'ListTickets', PageSize: '500' });
    await send(`${sb.endpoint}/?Action=ListTickets&Version=2020-03-26`);
    await control('health');
    const res = await control(`requests?since=${next}`);
    expect(res.json).toEqual({
      next: next + 3,
      requests: [
        { seq: next + 1, action: 'ListTickets', method: 'POST', signature: 'v1', httpStatus: 200, code: '200' },
        {
          seq: next + 2,
          action: 'ListTickets',
          method: 'GET',
          signature: 'v1',
          httpStatus: 400,
          code: 'param.illegal',
        },
        {
          seq: next + 3,
          action: 'ListTickets',
          method: 'GET',
          signature: 'v1',
          httpStatus: 400,
          code: 'MissingParameter',
        },
      ],
    });
    expect((await control(`requests?since=${next + 3}`)).json).toEqual({ next: next + 3, requests: [] });
    expect((await control('requests?since=abc')).status).toBe(400);
    expect(sb.requests(next).requests).toHaveLength(3);
  });

  it('unknown control routes are 404 JSON', async () => {
    const res = await control('nothing-here');
    expect([res.status, res.json.code]).toEqual([404, 'NotFound']);
  });
});

const externalIp = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

describe.skipIf(!externalIp)('control API loopback restriction', () => {
  it('refuses control calls from a non-loopback address but serves the API', async () => {
    const open = await startSandbox({ host: '0.0.0.0' });
    try {
      const base = `http://${externalIp}:${open.port}`;
      const res = await send(`${base}/_sandbox/health`);
      expect([res.status, res.json.code]).toEqual([403, 'Forbidden']);
      expect((await send(`http://127.0.0.1:${open.port}/_sandbox/health`)).status).toBe(200);
    } finally {
      await open.close();
    }
  });
});
