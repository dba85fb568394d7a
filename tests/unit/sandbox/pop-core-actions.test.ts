import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src/main/sandbox/sandbox.js';
import { startSandbox } from '../../../src/main/sandbox/sandbox.js';
import { call, popClient } from './sandbox-test-kit.js';

const REQUEST_ID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

function expectEnvelope(body: Record<string, unknown>, code: number | string = 200): void {
  expect(body.RequestId).toMatch(REQUEST_ID);
  expect(body.Code).toBe(code);
  expect(body.Success).toBe(true);
  expect(body.Message).toBe('success');
}

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({ seed: 'demo' });
});
afterAll(() => sb.close());

describe.each(['GET', 'POST'] as const)('pop-core %s calls every action', (method) => {
  it('ListProducts returns the four groups with localized names', async () => {
    const client = popClient(sb);
    const en = await call(client, 'ListProducts', { Language: 'en' }, method);
    expectEnvelope(en);
    expect(Object.keys(en.Data).sort()).toEqual(['ConsultationMore', 'HotConsultation', 'HotTech', 'TechMore']);
    for (const item of [...en.Data.HotConsultation, ...en.Data.ConsultationMore, ...en.Data.HotTech]) {
      expect(item).toEqual({
        ProductCode: expect.any(String),
        Name: expect.any(String),
        Description: expect.any(String),
      });
    }
    const groups = en.Data.TechMore as Array<{ GroupName: string; ProductList: Array<{ ProductCode: string }> }>;
    expect(groups.length).toBeGreaterThan(5);
    const codes = new Set(groups.flatMap((g) => g.ProductList.map((p) => p.ProductCode)));
    expect(codes.size).toBeGreaterThan(30);
    expect(en.Data.HotTech.find((p: { ProductCode: string }) => p.ProductCode === 'ecs').Name).toBe(
      'Elastic Compute Service',
    );
    const zh = await call(client, 'ListProducts', { Language: 'zh' }, method);
    expect(zh.Data.HotTech.find((p: { ProductCode: string }) => p.ProductCode === 'ecs').Name).toBe('云服务器 ECS');
  });

  it('ListCategories returns integer ids and localized names', async () => {
    const client = popClient(sb);
    const res = await call(client, 'ListCategories', { ProductCode: 'ecs', Language: 'jp' }, method);
    expectEnvelope(res);
    expect(res.Data.List.length).toBeGreaterThan(3);
    for (const c of res.Data.List) expect(c).toEqual({ Id: expect.any(Number), Name: expect.any(String) });
    expect(res.Data.List.map((c: { Name: string }) => c.Name)).toContain('ディスクとスナップショット');
  });

  it('CreateTicket → ListTickets → ReplyTicket → ListTicketNotes → CloseTicket', async () => {
    const client = popClient(sb);
    const categories = await call(client, 'ListCategories', { ProductCode: 'oss' }, method);
    const category = String(categories.Data.List[0].Id);
    const created = await call(
      client,
      'CreateTicket',
      {
        ProductCode: 'oss',
        Category: category,
        Title: `Bucket listing is slow (${method})`,
        Content: 'ListObjects takes 3 s on bucket logs-prod.',
        SecretContent: 'bucket logs-prod',
        Email: 'ops@example.com',
        Phone: '13288888888',
        NotifyTimeRange: 'normal',
        Language: 'en',
      },
      method,
    );
    // CreateTicket's Code is a string in every SDK (spec §2.3); the sandbox sends "200" there.
    expectEnvelope(created, '200');
    expect(created.Data).toMatch(/^[A-Z0-9]{7}$/);
    const id = created.Data as string;

    const listed = await call(client, 'ListTickets', { Ids: id }, method);
    expectEnvelope(listed);
    expect(listed.Data).toMatchObject({ CurrentPage: 1, PageSize: 20, Total: 1 });
    expect(listed.Data.List).toEqual([
      {
        Id: id,
        Title: `Bucket listing is slow (${method})`,
        TicketStatus: 'assigned',
        AddTime: expect.any(Number),
        CreatorId: expect.any(String),
      },
    ]);
    // Epoch seconds, not milliseconds (spec §2.2).
    expect(Math.abs(listed.Data.List[0].AddTime - Date.now() / 1000)).toBeLessThan(60);

    sb.addEngineerReply(id, 'Which region is the bucket in?');
    expect(sb.getTicket(id)?.status).toBe('wait_feedback');
    const replied = await call(
      client,
      'ReplyTicket',
      { TicketId: id, Content: 'cn-hangzhou', SecretContent: 'x' },
      method,
    );
    expectEnvelope(replied);
    expect(replied.Data).toBeUndefined();
    expect(sb.getTicket(id)?.status).toBe('feedback');

    const notes = await call(client, 'ListTicketNotes', { TicketId: id }, method);
    expectEnvelope(notes);
    expect(notes.Data.List.map((n: { Content: string; FromOfficial: boolean }) => [n.FromOfficial, n.Content])).toEqual(
      [
        [false, 'ListObjects takes 3 s on bucket logs-prod.'],
        [true, 'Which region is the bucket in?'],
        [false, 'cn-hangzhou'],
      ],
    );
    for (const n of notes.Data.List) {
      expect(n).toEqual({
        NoteId: expect.stringMatching(/^[A-Z0-9]{8}$/),
        Content: expect.any(String),
        FromOfficial: expect.any(Boolean),
        GmtCreated: expect.any(Number),
      });
      expect(n.GmtCreated).toBeLessThan(2 ** 31);
    }

    const closed = await call(client, 'CloseTicket', { TicketId: id }, method);
    expectEnvelope(closed);
    expect(sb.getTicket(id)?.status).toBe('confirmed');
    await expect(call(client, 'CloseTicket', { TicketId: id }, method)).rejects.toMatchObject({
      code: 'InvalidTicket.Closed',
    });
    await expect(call(client, 'ReplyTicket', { TicketId: id, Content: 'again' }, method)).rejects.toMatchObject({
      code: 'InvalidTicket.Closed',
    });
  });
});

describe('authentication through pop-core', () => {
  it('rejects a wrong secret with SignatureDoesNotMatch', async () => {
    const client = popClient(sb, 'not-the-secret');
    await expect(call(client, 'ListProducts')).rejects.toMatchObject({ code: 'SignatureDoesNotMatch' });
    await expect(call(client, 'ListProducts', {}, 'POST')).rejects.toMatchObject({ code: 'SignatureDoesNotMatch' });
  });

  it('accepts awkward characters in values (signature over decoded values)', async () => {
    const client = popClient(sb);
    const res = await call(client, 'ListTickets', { ProductCode: "a b*c!'()~中+&=" }, 'POST');
    expect(res.Data.Total).toBe(0);
  });
});
