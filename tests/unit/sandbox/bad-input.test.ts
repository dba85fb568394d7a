import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../src/main/sandbox/sandbox.js';
import { encodeForm, send, signedCall, signV1Params, type RawResponse } from './sandbox-test-kit.js';

let sb: Sandbox;
let ticketId: string;
beforeAll(async () => {
  sb = await startSandbox({ seed: 'demo' });
  const created = await signedCall(sb, {
    Action: 'CreateTicket',
    ProductCode: 'ecs',
    Category: '793',
    Content: 'hello',
    Email: 'a@example.com',
  });
  ticketId = created.json.Data as string;
});
afterAll(() => sb.close());

/** Every error body is the gateway's (spec §4.5), with no trace of internals. */
function expectGatewayError(res: RawResponse, status: number, code: string): void {
  expect({ status: res.status, code: res.json.Code }).toEqual({ status, code });
  expect(Object.keys(res.json)).toEqual(['RequestId', 'HostId', 'Code', 'Message', 'Recommend']);
  expect(res.json.HostId).toBe('workorder.aliyuncs.com');
  expect(String(res.json.Recommend)).toContain(encodeURIComponent(code));
  expect(String(res.json.Message).length).toBeGreaterThan(10);
  expect(res.text).not.toMatch(/\bat \S+ \(|node:internal|\.ts:\d+/);
}

const create = (over: Record<string, string>) => ({
  Action: 'CreateTicket',
  ProductCode: 'ecs',
  Category: '793',
  Content: 'Instance will not boot',
  Email: 'ops@example.com',
  ...over,
});

describe('service parameter errors (signed requests)', () => {
  it.each<[string, Record<string, string>, number, string]>([
    ['PageSize 101', { Action: 'ListTickets', PageSize: '101' }, 400, 'param.illegal'],
    ['PageSize 0', { Action: 'ListTickets', PageSize: '0' }, 400, 'param.illegal'],
    ['PageSize abc', { Action: 'ListTickets', PageSize: 'abc' }, 400, 'param.illegal'],
    ['PageStart 0', { Action: 'ListTickets', PageStart: '0' }, 400, 'param.illegal'],
    ['PageStart -1', { Action: 'ListTickets', PageStart: '-1' }, 400, 'param.illegal'],
    ['CreatedAfterTime in ms', { Action: 'ListTickets', CreatedAfterTime: String(Date.now()) }, 400, 'param.illegal'],
    ['CreatedBeforeTime text', { Action: 'ListTickets', CreatedBeforeTime: 'yesterday' }, 400, 'param.illegal'],
    ['TicketStatus open', { Action: 'ListTickets', TicketStatus: 'open' }, 400, 'param.illegal'],
    [
      '101 Ids',
      { Action: 'ListTickets', Ids: Array.from({ length: 101 }, (_, i) => `ID${i}`).join(',') },
      400,
      'param.illegal',
    ],
    ['Language fr', { Action: 'ListProducts', Language: 'fr' }, 400, 'param.illegal'],
    ['ListCategories without ProductCode', { Action: 'ListCategories' }, 400, 'MissingParameter'],
    ['ListCategories unknown product', { Action: 'ListCategories', ProductCode: 'nope' }, 400, 'param.illegal'],
    ['CreateTicket without ProductCode', create({ ProductCode: '' }), 400, 'MissingParameter'],
    ['CreateTicket without Category', create({ Category: '' }), 400, 'MissingParameter'],
    ['CreateTicket without Content', create({ Content: '  ' }), 400, 'MissingParameter'],
    ['CreateTicket without Email', create({ Email: '' }), 400, 'MissingParameter'],
    ['CreateTicket unknown product', create({ ProductCode: 'xyz' }), 400, 'param.illegal'],
    ['CreateTicket category of another product', create({ ProductCode: 'oss' }), 400, 'param.illegal'],
    ['CreateTicket non-numeric category', create({ Category: 'abc' }), 400, 'param.illegal'],
    ['CreateTicket bad email', create({ Email: 'not-an-email' }), 400, 'illegalParam.emailOrPhone'],
    ['CreateTicket bad phone', create({ Phone: 'call me' }), 400, 'illegalParam.emailOrPhone'],
    ['CreateTicket bad NotifyTimeRange', create({ NotifyTimeRange: 'sometimes' }), 400, 'param.illegal'],
    ['CreateTicket Language ja', create({ Language: 'ja' }), 400, 'param.illegal'],
    ['CreateTicket Title too long', create({ Title: 'x'.repeat(201) }), 400, 'param.illegal'],
    ['ListTicketNotes without TicketId', { Action: 'ListTicketNotes' }, 400, 'MissingParameter'],
    [
      'ListTicketNotes unknown ticket',
      { Action: 'ListTicketNotes', TicketId: 'ZZZZZZZ' },
      404,
      'InvalidTicket.NotFound',
    ],
    [
      'ReplyTicket unknown ticket',
      { Action: 'ReplyTicket', TicketId: 'ZZZZZZZ', Content: 'hi' },
      404,
      'InvalidTicket.NotFound',
    ],
    ['CloseTicket unknown ticket', { Action: 'CloseTicket', TicketId: 'ZZZZZZZ' }, 404, 'InvalidTicket.NotFound'],
    ['CloseTicket without TicketId', { Action: 'CloseTicket' }, 400, 'MissingParameter'],
    ['unknown action', { Action: 'DeleteTicket' }, 404, 'InvalidAction.NotFound'],
    ['2021 action name', { Action: 'GetTicket' }, 404, 'InvalidAction.NotFound'],
    ['unknown version', { Action: 'ListProducts', Version: '2021-06-10' }, 400, 'InvalidVersion'],
    ['bad Format', { Action: 'ListProducts', Format: 'YAML' }, 400, 'InvalidParameter'],
  ])('%s → %s %s', async (_label, params, status, code) => {
    expectGatewayError(await signedCall(sb, params), status, code);
  });

  it('CreateTicket with Content over 10,000 characters (POST form) → param.illegal', async () => {
    const res = await signedCall(sb, create({ Content: '长'.repeat(10_001) }), { method: 'POST' });
    expectGatewayError(res, 400, 'param.illegal');
  });

  it('a URL over 16 KiB → 431 with a gateway body that says to use POST', async () => {
    const res = await signedCall(sb, create({ Content: '长'.repeat(3000) }));
    expectGatewayError(res, 431, 'RequestHeaderTooLarge');
    expect(res.json.Message).toContain('POST');
  });

  it('ReplyTicket without Content → MissingParameter, and the ticket is unchanged', async () => {
    const before = sb.getTicket(ticketId)?.notes.length;
    expectGatewayError(await signedCall(sb, { Action: 'ReplyTicket', TicketId: ticketId }), 400, 'MissingParameter');
    expect(sb.getTicket(ticketId)?.notes.length).toBe(before);
  });
});

describe('malformed requests (before authentication)', () => {
  const signedQuery = () =>
    encodeForm(signV1Params('GET', { Action: 'ListProducts' }, sb.accessKeyId, sb.accessKeySecret));

  it.each<[string, () => Promise<RawResponse>, number, string]>([
    ['no parameters at all', () => send(`${sb.endpoint}/`), 400, 'MissingParameter'],
    ['no Version', () => send(`${sb.endpoint}/?Action=ListProducts`), 400, 'MissingParameter'],
    [
      'an unsigned x-acs-action header instead of a v1 Action',
      () => send(`${sb.endpoint}/?Version=2020-03-26`, { headers: { 'x-acs-action': 'ListProducts' } }),
      400,
      'MissingParameter',
    ],
    ['bad percent-encoding', () => send(`${sb.endpoint}/?${signedQuery()}&X=%ZZ`), 400, 'InvalidParameter.Encoding'],
    ['invalid UTF-8', () => send(`${sb.endpoint}/?${signedQuery()}&X=%C3%28`), 400, 'InvalidParameter.Encoding'],
    [
      'duplicate parameter',
      () => send(`${sb.endpoint}/?${signedQuery()}&Action=ListTickets`),
      400,
      'InvalidParameter.Duplicate',
    ],
    ['wrong path', () => send(`${sb.endpoint}/api/v1/tickets?${signedQuery()}`), 404, 'InvalidApi.NotFound'],
    ['PUT', () => send(`${sb.endpoint}/?${signedQuery()}`, { method: 'PUT' }), 403, 'UnsupportedHTTPMethod'],
    [
      'JSON body',
      () =>
        send(`${sb.endpoint}/`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"Action":"ListProducts"}',
        }),
      415,
      'UnsupportedMediaType',
    ],
    [
      'malformed form body',
      () =>
        send(`${sb.endpoint}/?${signedQuery()}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'a=%E4%B8',
        }),
      400,
      'InvalidParameter.Encoding',
    ],
    [
      'a 2 MiB body',
      () =>
        send(`${sb.endpoint}/`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'Content=' + 'x'.repeat(2 * 1024 * 1024),
        }),
      413,
      'RequestEntityTooLarge',
    ],
  ])('%s → %s %s', async (_label, doRequest, status, code) => {
    expectGatewayError(await doRequest(), status, code);
  });

  it('caps a streamed body without Content-Length too', async () => {
    const url = new URL(sb.endpoint);
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path: '/',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'transfer-encoding': 'chunked' },
        },
        (r) => {
          let body = '';
          r.setEncoding('utf8')
            .on('data', (d: string) => (body += d))
            .on('end', () => resolve({ status: r.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      const chunk = 'x'.repeat(64 * 1024);
      for (let i = 0; i < 20; i++) req.write(chunk);
      req.end();
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).Code).toBe('RequestEntityTooLarge');
  });

  it('answers broken HTTP with 400 instead of hanging', async () => {
    const url = new URL(sb.endpoint);
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(Number(url.port), url.hostname, () => socket.write('GARBAGE / HTTP/9\r\n\r\n'));
      let data = '';
      socket
        .setEncoding('utf8')
        .on('data', (d: string) => (data += d))
        .on('close', () => resolve(data));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect(JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4)).Code).toBe('MalformedRequest');
  });
});

describe('XML responses', () => {
  it('renders success as <ActionResponse> and accepts Format case-insensitively', async () => {
    const res = await signedCall(sb, { Action: 'ListTickets', PageSize: '2', Format: 'xml' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(res.text).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><ListTicketsResponse><RequestId>[0-9A-F-]{36}<\/RequestId><Code>200<\/Code><Success>true<\/Success><Message>success<\/Message><Data>/,
    );
    expect(res.text.match(/<List><Id>[A-Z0-9]{7}<\/Id>/g)).toHaveLength(2);
    expect(res.text).toMatch(/<PageSize>2<\/PageSize>/);
  });

  it('renders errors under <Error> and escapes markup in content', async () => {
    const created = await signedCall(sb, { ...create({ Title: 'a < b & "c"' }), Format: 'XML' });
    expect(created.text).toMatch(/<CreateTicketResponse>.*<Data>[A-Z0-9]{7}<\/Data><\/CreateTicketResponse>$/);
    const id = /<Data>([A-Z0-9]{7})<\/Data>/.exec(created.text)?.[1] ?? '';
    const listed = await signedCall(sb, { Action: 'ListTickets', Ids: id, Format: 'XML' });
    expect(listed.text).toContain('<Title>a &lt; b &amp; &quot;c&quot;</Title>');
    const error = await signedCall(sb, { Action: 'ListTickets', PageSize: '101', Format: 'XML' });
    expect(error.status).toBe(400);
    expect(error.text).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><Error><RequestId>.+<\/RequestId><HostId>workorder.aliyuncs.com<\/HostId><Code>param.illegal<\/Code><Message>.+<\/Message><Recommend>.+<\/Recommend><\/Error>$/,
    );
  });
});
