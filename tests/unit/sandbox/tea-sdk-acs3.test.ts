import { createRequire } from 'node:module';
import type * as OpenApiCore from '@alicloud/openapi-core';
import type * as WorkorderSdk from '@alicloud/workorder20200326';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../src/main/sandbox/sandbox.js';

/*
 * The official Tea SDK signs with ACS3-HMAC-SHA256 by default (toolchain §6). It is CommonJS with an
 * `exports.default` class, so it is loaded through require to get the same object Node users get.
 */
const require = createRequire(import.meta.url);
const sdk = require('@alicloud/workorder20200326') as typeof WorkorderSdk;
const openapi = require('@alicloud/openapi-core') as typeof OpenApiCore;

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({ seed: 'demo' });
});
afterAll(() => sb.close());

function teaClient(options: { secret?: string; signatureAlgorithm?: string } = {}): InstanceType<typeof sdk.default> {
  return new sdk.default(
    new openapi.$OpenApiUtil.Config({
      accessKeyId: sb.accessKeyId,
      accessKeySecret: options.secret ?? sb.accessKeySecret,
      endpoint: sb.endpoint.replace('http://', ''),
      protocol: 'HTTP',
      regionId: 'cn-hangzhou',
      ...(options.signatureAlgorithm ? { signatureAlgorithm: options.signatureAlgorithm } : {}),
    }),
  );
}

describe('official Tea SDK (@alicloud/workorder20200326)', () => {
  it('lists tickets with the default ACS3 signature and maps the documented shape', async () => {
    const since = sb.requests().next;
    const res = await teaClient().listTickets(
      new sdk.ListTicketsRequest({ pageSize: 5, pageStart: 2, ticketStatus: 'in_progress,wait_feedback' }),
    );
    expect(res.statusCode).toBe(200);
    expect(res.body?.code).toBe(200);
    expect(res.body?.success).toBe(true);
    expect(res.body?.data?.currentPage).toBe(2);
    expect(res.body?.data?.pageSize).toBe(5);
    expect(res.body?.data?.total).toBeGreaterThan(5);
    for (const t of res.body?.data?.list ?? []) {
      expect(['assigned', 'dealing', 'feedback', 'wait_feedback']).toContain(t.ticketStatus);
      expect(t.id).toMatch(/^[A-Z0-9]{7}$/);
      expect(typeof t.addTime).toBe('number');
    }
    expect(sb.requests(since).requests).toEqual([
      expect.objectContaining({
        action: 'ListTickets',
        method: 'POST',
        signature: 'acs3',
        httpStatus: 200,
        code: '200',
      }),
    ]);
  });

  it('creates, lists notes of, and closes a ticket over ACS3', async () => {
    const client = teaClient();
    const created = await client.createTicket(
      new sdk.CreateTicketRequest({
        productCode: 'ecs',
        category: '793',
        title: 'Tea SDK 工单',
        content: '实例无法启动 — ACS3 path',
        email: 'tea@example.com',
        language: 'zh',
      }),
    );
    expect(created.body?.code).toBe('200');
    const id = created.body?.data ?? '';
    expect(id).toMatch(/^[A-Z0-9]{7}$/);
    const notes = await client.listTicketNotes(new sdk.ListTicketNotesRequest({ ticketId: id }));
    expect(notes.body?.data?.list?.[0]).toMatchObject({ content: '实例无法启动 — ACS3 path', fromOfficial: false });
    await client.closeTicket(new sdk.CloseTicketRequest({ ticketId: id }));
    expect(sb.getTicket(id)?.status).toBe('confirmed');
  });

  it('works with signatureAlgorithm v2 (HMAC-SHA1 in the query, Format=json)', async () => {
    const since = sb.requests().next;
    const res = await teaClient({ signatureAlgorithm: 'v2' }).listCategories(
      new sdk.ListCategoriesRequest({ productCode: 'rds', language: 'en' }),
    );
    expect(res.body?.data?.list?.map((c) => c.name)).toContain('Backup and restore');
    expect(sb.requests(since).requests[0]).toMatchObject({ signature: 'v1', code: '200' });
  });

  it('gets SignatureDoesNotMatch as a ClientError for a wrong secret', async () => {
    await expect(teaClient({ secret: 'wrong' }).listProducts(new sdk.ListProductsRequest({}))).rejects.toMatchObject({
      code: 'SignatureDoesNotMatch',
      statusCode: 400,
    });
  });

  it('surfaces unknown tickets as InvalidTicket.NotFound (404)', async () => {
    await expect(
      teaClient().listTicketNotes(new sdk.ListTicketNotesRequest({ ticketId: 'NOPE123' })),
    ).rejects.toMatchObject({ code: 'InvalidTicket.NotFound', statusCode: 404 });
  });
});
