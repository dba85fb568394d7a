import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSnapshot } from '../../../src/main/sandbox/persistence.js';
import { startSandbox } from '../../../src/main/sandbox/sandbox.js';
import { signedCall } from './sandbox-test-kit.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sandbox-persist-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const createParams = {
  Action: 'CreateTicket',
  ProductCode: 'ecs',
  Category: '793',
  Content: 'persist me',
  Email: 'p@example.com',
};

describe('persistence with dataFile', () => {
  it('writes the key and seed at once, keeps state across restarts, and ignores seed for an existing file', async () => {
    const file = join(dir, 'state.json');
    const first = await startSandbox({ dataFile: file, seed: 'demo' });
    const demoCount = (await readSnapshot(file))?.tickets.length;
    expect(demoCount).toBeGreaterThan(30);
    const created = await signedCall(first, createParams, { method: 'POST' });
    const id = created.json.Data as string;
    await signedCall(first, { Action: 'ReplyTicket', TicketId: id, Content: 'more detail' });
    first.addEngineerReply(id, 'Looking into it', 'dealing');
    await first.close();

    const second = await startSandbox({ dataFile: file, seed: 'empty' });
    try {
      expect([second.accessKeyId, second.accessKeySecret]).toEqual([first.accessKeyId, first.accessKeySecret]);
      const ticket = second.getTicket(id);
      expect(ticket?.status).toBe('dealing');
      expect(ticket?.notes.map((n) => n.content)).toEqual(['persist me', 'more detail', 'Looking into it']);
      const list = await signedCall(second, { Action: 'ListTickets', PageSize: '1' });
      expect((list.json.Data as { Total: number }).Total).toBe((demoCount ?? 0) + 1);
    } finally {
      await second.close();
    }
  });

  it('flush() makes every acknowledged change durable; debounced writes catch up on their own', async () => {
    const file = join(dir, 'state.json');
    const sb = await startSandbox({ dataFile: file, writeDelayMs: 20 });
    try {
      const id = (await signedCall(sb, createParams)).json.Data as string;
      await sb.flush();
      expect((await readSnapshot(file))?.tickets.map((t) => t.id)).toEqual([id]);
      const id2 = (await signedCall(sb, createParams)).json.Data as string;
      await new Promise((r) => setTimeout(r, 300));
      expect((await readSnapshot(file))?.tickets.map((t) => t.id).sort()).toEqual([id, id2].sort());
    } finally {
      await sb.close();
    }
  });

  it('uses flag credentials over stored ones and stores them', async () => {
    const file = join(dir, 'state.json');
    await (await startSandbox({ dataFile: file })).close();
    const sb = await startSandbox({ dataFile: file, accessKeyId: 'AKID', accessKeySecret: 'S' });
    await sb.close();
    expect((await readSnapshot(file))?.accessKeyId).toBe('AKID');
  });

  it('refuses a file that is not a snapshot instead of overwriting it, and removes stale temp files', async () => {
    const file = join(dir, 'state.json');
    await writeFile(file, '{"format":"something-else"}');
    await expect(startSandbox({ dataFile: file })).rejects.toThrow(/not a sandbox snapshot/);
    await writeFile(file, '{"truncat');
    await expect(startSandbox({ dataFile: file })).rejects.toThrow(/not valid JSON/);

    await rm(file);
    await writeFile(join(dir, '.state.json.123.456.tmp'), 'half a write');
    const sb = await startSandbox({ dataFile: file });
    await sb.close();
    expect((await readdir(dir)).sort()).toEqual(['state.json']);
  });
});

describe('auto-reply', () => {
  it('answers each new ticket and each user reply after the delay', async () => {
    const sb = await startSandbox({ autoReplySeconds: 0.05 });
    try {
      const id = (await signedCall(sb, createParams)).json.Data as string;
      await expect.poll(() => sb.getTicket(id)?.notes.length, { timeout: 2000 }).toBe(2);
      expect(sb.getTicket(id)).toMatchObject({ status: 'wait_feedback' });
      expect(sb.getTicket(id)?.notes[1]?.fromOfficial).toBe(true);

      await signedCall(sb, { Action: 'ReplyTicket', TicketId: id, Content: 'Here is the info' });
      expect(sb.getTicket(id)?.status).toBe('feedback');
      await expect.poll(() => sb.getTicket(id)?.notes.length, { timeout: 2000 }).toBe(4);
      expect(sb.getTicket(id)?.status).toBe('wait_feedback');

      await signedCall(sb, { Action: 'ReplyTicket', TicketId: id, Content: 'Never mind' });
      await signedCall(sb, { Action: 'CloseTicket', TicketId: id });
      await new Promise((r) => setTimeout(r, 200));
      expect(sb.getTicket(id)?.notes).toHaveLength(5);
      expect(sb.getTicket(id)?.status).toBe('confirmed');
    } finally {
      await sb.close();
    }
  });
});
