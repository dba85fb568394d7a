import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createWorkorderClient,
  type WorkorderClient,
  type WorkorderClientOptions,
} from '../../../../src/main/core/api/workorder-client';
import { ApiError } from '../../../../src/main/core/api/workorder-api';
import { startSandbox, type Sandbox } from '../../../../src/main/sandbox/sandbox';

const TICKET = {
  productCode: 'ecs',
  title: 'Instance will not boot',
  content: 'My instance is stuck in Starting.',
  secretContent: 'root password is hunter2',
  email: 'ops@example.com',
  phone: '+86 138 0000 0000',
  notifyTimeRange: 'all',
  language: 'ja',
} as const;

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('WorkorderClient against the sandbox', () => {
  let sandbox: Sandbox;
  let sleeps: number[];
  const clients: WorkorderClient[] = [];

  function client(overrides: Partial<WorkorderClientOptions> = {}): WorkorderClient {
    const c = createWorkorderClient({
      endpoint: sandbox.endpoint,
      accessKeyId: sandbox.accessKeyId,
      accessKeySecret: sandbox.accessKeySecret,
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 0.5,
      ...overrides,
    });
    clients.push(c);
    return c;
  }
  const apiCalls = (since = 0) => sandbox.requests(since).requests;

  beforeEach(async () => {
    sandbox = await startSandbox({ seed: 'demo' });
    sleeps = [];
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await sandbox.close();
  });

  it('round-trips every action with normalised, typed results', async () => {
    const api = client();
    const catalog = await api.listProducts('en');
    expect(catalog.hotTech.length).toBeGreaterThan(0);
    expect(catalog.techMore[0]?.products.length).toBeGreaterThan(0);
    expect(catalog.hotTech[0]).toEqual({
      code: expect.any(String),
      name: expect.any(String),
      description: expect.any(String),
    });

    const categories = await api.listCategories('ecs', 'ja');
    expect(categories.length).toBeGreaterThan(0);
    for (const c of categories) expect(c.id).toMatch(/^\d+$/);
    const categoryId = categories[0]!.id;

    const id = await api.createTicket({ ...TICKET, categoryId });
    const stored = sandbox.getTicket(id)!;
    // UI "ja" goes out as the API's "jp"; the category id as its decimal string.
    expect(stored).toMatchObject({ language: 'jp', category: categoryId, secretContent: TICKET.secretContent });

    const page = await api.listTickets({ ids: [id], pageSize: 10, page: 1 });
    expect(page.total).toBe(1);
    expect(page.rows[0]).toEqual({
      id,
      title: TICKET.title,
      state: stored.status,
      group: 'open',
      createdAt: stored.createdAt * 1000,
      creatorId: expect.any(String),
    });

    await api.replyTicket(id, 'More details', 'instance i-123');
    sandbox.addEngineerReply(id, 'Please try a reboot.');
    const notes = await api.listTicketNotes(id);
    expect(notes.map((n) => [n.content, n.fromOfficial])).toEqual([
      [TICKET.content, false],
      ['More details', false],
      ['Please try a reboot.', true],
    ]);
    expect(notes[0]!.createdAt).toBe(stored.createdAt * 1000);

    const waiting = await api.listTickets({ states: ['wait_feedback'], pageSize: 100 });
    expect(waiting.rows.find((t) => t.id === id)).toMatchObject({ state: 'wait_feedback', group: 'waiting' });

    await api.closeTicket(id);
    const closed = await api.listTickets({ ids: [id] });
    expect(closed.rows[0]).toMatchObject({ state: 'confirmed', group: 'closed' });

    // Every call was a signature-v1 POST (the secret-bearing signature never in a URL).
    const log = apiCalls();
    expect(log.map((r) => r.action)).toEqual([
      'ListProducts',
      'ListCategories',
      'CreateTicket',
      'ListTickets',
      'ReplyTicket',
      'ListTicketNotes',
      'ListTickets',
      'CloseTicket',
      'ListTickets',
    ]);
    expect(new Set(log.map((r) => `${r.method} ${r.signature} ${r.httpStatus}`))).toEqual(new Set(['POST v1 200']));
  });

  it('converts created-time bounds from ms to inclusive seconds and pages through results', async () => {
    const api = client();
    const all = await api.listTickets({ pageSize: 100 });
    expect(all.total).toBeGreaterThan(3);
    const sample = all.rows[1]!;
    const exact = await api.listTickets({
      createdAfter: sample.createdAt,
      createdBefore: sample.createdAt,
      pageSize: 100,
    });
    expect(exact.rows.map((r) => r.id)).toContain(sample.id);
    for (const r of exact.rows) expect(r.createdAt).toBe(sample.createdAt);
    const second = await api.listTickets({ pageSize: 2, page: 2 });
    expect(second).toMatchObject({ page: 2, pageSize: 2, total: all.total });
    expect(second.rows.map((r) => r.id)).toEqual(all.rows.slice(2, 4).map((r) => r.id));
  });

  it('reports a wrong secret or unknown key as auth, keeping the RequestId and hiding the secret', async () => {
    const wrongSecret = 'WRONG-secret-value-0123456789';
    const bad = await caught(client({ accessKeySecret: wrongSecret }).listProducts('en'));
    expect(bad.error).toMatchObject({ code: 'auth', retryable: false, requestId: expect.any(String) });
    expect(bad.error.message).toMatch(/secret/i);
    expect(bad.outcome).toBe('not-applied');
    expect(JSON.stringify(bad.error) + bad.message).not.toContain(wrongSecret);
    expect(bad.message).not.toMatch(/Signature=|AccessKeyId=|string to sign/i);

    const unknownKey = await caught(client({ accessKeyId: 'LTAIunknownKey0000' }).listTickets({}));
    expect(unknownKey.error.code).toBe('auth');
    expect(unknownKey.error.message).toMatch(/AccessKey ID/);
    expect(sleeps).toEqual([]);
  });

  it('retries throttled reads, honouring x-acs-retry-after, and succeeds once throttling stops', async () => {
    sandbox.setFaults({ throttleRate: 1 });
    const api = client({
      sleep: async (ms) => {
        sleeps.push(ms);
        if (sleeps.length === 2) sandbox.clearFaults();
      },
    });
    const catalog = await api.listProducts('en');
    expect(catalog.hotTech.length).toBeGreaterThan(0);
    expect(apiCalls().map((r) => r.code)).toEqual(['Throttling.User', 'Throttling.User', '200']);
    // The sandbox asks for 1 s; jitter alone (random 0.5 → 250 ms, 500 ms) would wait less.
    expect(sleeps).toEqual([1000, 1000]);
  });

  it('surfaces throttled when retries run out', async () => {
    sandbox.setFaults({ throttleRate: 1 });
    const error = await caught(client({ retry: { maxAttempts: 3 } }).listTickets({}));
    expect(error.error).toMatchObject({ code: 'throttled', retryable: true });
    expect(error.retryAfterSec).toBe(1);
    expect(apiCalls()).toHaveLength(3);
  });

  it('maps server errors to server, retrying reads with growing backoff but never writes', async () => {
    sandbox.setFaults({ errorRate: 1 });
    const read = await caught(client({ random: () => 0.999 }).listTicketNotes('NOPE123'));
    expect(read.error).toMatchObject({ code: 'server', retryable: true, requestId: expect.any(String) });
    expect(apiCalls()).toHaveLength(4);
    expect(sleeps).toEqual([499, 999, 1998]);

    const seen = apiCalls().length;
    const write = await caught(client().replyTicket('NOPE123', 'hello'));
    expect(write.error.code).toBe('server');
    expect(write.outcome).toBe('not-applied');
    expect(apiCalls(seen)).toHaveLength(1);
  });

  it('reports a dropped write as outcome unknown without retrying it, although it was applied', async () => {
    const api = client();
    const [ticket] = (await api.listTickets({ states: ['dealing', 'assigned'], pageSize: 1 })).rows;
    const notesBefore = sandbox.getTicket(ticket!.id)!.notes.length;
    const seen = apiCalls().length;
    sandbox.setFaults({ commitThenDropRate: 1 });

    const error = await caught(api.replyTicket(ticket!.id, 'Did this arrive?'));
    expect(error.error.code).toBe('offline');
    expect(error.outcome).toBe('unknown');
    expect(apiCalls(seen).map((r) => r.code)).toEqual(['Fault.CommitThenDrop']);
    expect(sandbox.getTicket(ticket!.id)!.notes).toHaveLength(notesBefore + 1);
    expect(sleeps).toEqual([]);
  });

  it('treats a reset connection as unknown for writes and retries it for reads', async () => {
    sandbox.setFaults({ resetRate: 1, actions: ['CloseTicket'] });
    const api = client();
    const close = await caught(api.closeTicket('ABC1234'));
    expect(close.error.code).toBe('offline');
    expect(close.outcome).toBe('unknown');
    expect(apiCalls().map((r) => r.action)).toEqual(['CloseTicket']);

    sandbox.setFaults({ resetRate: 1, actions: ['ListTickets'] });
    const read = await caught(api.listTickets({}));
    expect(read.error.code).toBe('offline');
    expect(apiCalls(1).map((r) => r.code)).toEqual(Array(4).fill('Fault.Reset'));
  });

  it('times out a slow write as offline with outcome unknown', async () => {
    sandbox.setFaults({ latencyMs: 1_000, actions: ['CloseTicket'] });
    const error = await caught(client({ timeoutMs: 150 }).closeTicket('ABC1234'));
    expect(error.error.code).toBe('offline');
    expect(error.outcome).toBe('unknown');
    expect(error.error.message).toMatch(/did not answer in time/);
  });

  it('maps service errors to not-found, conflict and invalid-request with the field', async () => {
    const api = client();
    expect((await caught(api.listTicketNotes('NOPE999'))).error.code).toBe('not-found');

    const [ticket] = (await api.listTickets({ states: ['dealing', 'assigned'], pageSize: 1 })).rows;
    await api.closeTicket(ticket!.id);
    expect((await caught(api.closeTicket(ticket!.id))).error.code).toBe('conflict');

    const categoryId = (await api.listCategories('ecs', 'en'))[0]!.id;
    const badEmail = await caught(api.createTicket({ ...TICKET, categoryId, email: 'not-an-address@x' }));
    expect(badEmail.error).toMatchObject({ code: 'invalid-request', field: 'email', retryable: false });
    const badCategory = await caught(api.createTicket({ ...TICKET, categoryId: '999999' }));
    expect(badCategory.error).toMatchObject({ code: 'invalid-request', field: 'categoryId' });
    expect(badCategory.outcome).toBe('not-applied');
  });
});

describe('WorkorderClient transport failures', () => {
  let server: Server | undefined;
  let client: WorkorderClient | undefined;
  let sleeps: number[];

  beforeEach(() => {
    sleeps = [];
  });
  afterEach(async () => {
    client?.close();
    client = undefined;
    if (server) await new Promise((resolve) => server!.close(resolve));
    server = undefined;
  });

  async function serve(status: number, body: string, contentType = 'application/json'): Promise<string> {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(status, { 'content-type': contentType });
        res.end(body);
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  function connect(endpoint: string): WorkorderClient {
    client = createWorkorderClient({
      endpoint,
      accessKeyId: 'LTAItestkey00000',
      accessKeySecret: 'transport-test-secret',
      sleep: async (ms) => void sleeps.push(ms),
    });
    return client;
  }

  it('reports a refused connection as offline, not applied, without retrying', async () => {
    const endpoint = await serve(200, '{}');
    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    const error = await caught(connect(endpoint).listProducts('en'));
    expect(error.error).toMatchObject({ code: 'offline', retryable: true });
    expect(error.error.message).toMatch(/refused/);
    expect(error.outcome).toBe('not-applied');
    expect(error.message).not.toMatch(/Signature|AccessKeyId|LTAI/);
    expect(sleeps).toEqual([]);
  });

  it('reports an unknown host as offline', async () => {
    const error = await caught(connect('http://workorder.invalid').listProducts('en'));
    expect(error.error.code).toBe('offline');
    expect(error.outcome).toBe('not-applied');
  });

  it('treats an HTML error page as a server error; a write behind it has an unknown outcome', async () => {
    const api = connect(await serve(502, '<html><body>Bad gateway</body></html>', 'text/html'));
    const read = await caught(api.listProducts('en'));
    expect(read.error.code).toBe('server');
    expect(sleeps).toHaveLength(3);
    const write = await caught(api.closeTicket('ABC1234'));
    expect(write.error.code).toBe('server');
    expect(write.outcome).toBe('unknown');
  });

  it('treats a 500 without an error Code (which pop-core resolves) as a server error', async () => {
    const api = connect(await serve(500, '{"Message":"internal"}'));
    const write = await caught(api.replyTicket('ABC1234', 'hi'));
    expect(write.error).toMatchObject({ code: 'server', retryable: true });
    expect(write.outcome).toBe('not-applied');
  });

  it('rejects a success body whose data has the wrong shape', async () => {
    const api = connect(await serve(200, '{"RequestId":"R-1","Code":200,"Success":true,"Data":{"List":"nope"}}'));
    const error = await caught(api.listCategories('ecs', 'en'));
    expect(error.error).toMatchObject({ code: 'server', requestId: 'R-1' });
  });

  it('refuses calls after close', async () => {
    const api = connect(await serve(200, '{"Code":200,"Data":{"List":[]}}'));
    api.close();
    expect((await caught(api.listCategories('ecs', 'en'))).error.code).toBe('offline');
  });
});
