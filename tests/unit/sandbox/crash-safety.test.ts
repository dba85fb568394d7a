import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSnapshot } from '../../../src/main/sandbox/persistence.js';
import type { Sandbox } from '../../../src/main/sandbox/sandbox.js';
import { runCli, started, type CliHandle } from './cli-process.js';
import { send, signedCall } from './sandbox-test-kit.js';

/*
 * kill -9 while the sandbox writes its data file, then restart from it.
 *
 * "Committed" here means: acknowledged by the API *and* followed by a completed POST /_sandbox/flush.
 * Guarantees checked after every kill: the file is always a complete, valid snapshot (never torn);
 * every committed ticket and reply is in it; nothing in it was never acknowledged-or-attempted; and the
 * sandbox restarts from it with the same key. Changes acknowledged after the last flush may be lost —
 * writes are debounced, as documented.
 */

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sandbox-crash-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('crash safety of --data', () => {
  it('survives kill -9 during writes with no torn file and no lost committed state', async () => {
    const file = join(dir, 'state.json');
    const committed = new Map<string, string[]>();
    const attempted = new Set<string>();
    let key: { accessKeyId: string; accessKeySecret: string } | null = null;
    let killsDuringWrite = 0;

    for (let cycle = 0; cycle < 3; cycle++) {
      // A big seed makes each snapshot several MB, so writes take long enough to be interrupted.
      const handle: CliHandle = runCli(['--data', file, '--seed', 'load:3000']);
      const info = await started(handle);
      if (key) expect({ accessKeyId: info.accessKeyId, accessKeySecret: info.accessKeySecret }).toEqual(key);
      key = { accessKeyId: info.accessKeyId, accessKeySecret: info.accessKeySecret };
      const sb = info as unknown as Sandbox;

      // Every committed change from earlier cycles must have survived the previous kill.
      for (const [id, contents] of committed) {
        const res = await send(`${info.endpoint}/_sandbox/tickets/${id}`);
        expect(res.status, `ticket ${id} lost`).toBe(200);
        const notes = (res.json.notes as Array<{ content: string }>).map((n) => n.content);
        expect(notes.slice(0, contents.length)).toEqual(contents);
      }

      let running = true;
      const acknowledged = new Map<string, string[]>();
      const worker = async (w: number): Promise<void> => {
        for (let i = 0; running; i++) {
          try {
            const content = `c${cycle} w${w} #${i}`;
            const res = await signedCall(
              sb,
              { Action: 'CreateTicket', ProductCode: 'ecs', Category: '793', Content: content, Email: 'k@example.com' },
              { method: 'POST' },
            );
            const id = res.json.Data as string;
            attempted.add(id);
            acknowledged.set(id, [content]);
            const reply = `reply ${content}`;
            if ((await signedCall(sb, { Action: 'ReplyTicket', TicketId: id, Content: reply })).status === 200) {
              acknowledged.set(id, [content, reply]);
            }
          } catch {
            return; // the process was killed
          }
        }
      };
      const workers = [0, 1, 2].map((w) => worker(w));

      // Commit a few times: whatever was acknowledged before a completed flush is committed.
      for (let round = 0; round < 3; round++) {
        await sleep(150);
        const snapshot = new Map(acknowledged);
        const flushed = await send(`${info.endpoint}/_sandbox/flush`, { method: 'POST' });
        expect(flushed.status).toBe(200);
        for (const [id, notes] of snapshot) committed.set(id, notes);
      }

      // Kill the moment a snapshot write is in flight (its temp file exists), or after 2 s at the latest.
      const deadline = Date.now() + 2000;
      let tmpSeen = false;
      while (Date.now() < deadline && !tmpSeen) {
        tmpSeen = (await readdir(dir)).some((n) => n.endsWith('.tmp'));
        if (!tmpSeen) await sleep(2);
      }
      handle.child.kill('SIGKILL');
      await handle.exited;
      running = false;
      await Promise.all(workers);
      if (tmpSeen) killsDuringWrite++;

      // The live file is complete and valid no matter when the kill landed.
      const snap = await readSnapshot(file);
      expect(snap).not.toBeNull();
      const onDisk = new Map((snap?.tickets ?? []).map((t) => [t.id, t.notes.map((n) => n.content)]));
      for (const [id, contents] of committed) expect(onDisk.get(id)?.slice(0, contents.length), id).toEqual(contents);
      const extra = [...onDisk.keys()].filter((id) => !attempted.has(id));
      expect(extra.length).toBe(3000); // only the seed tickets were never created through the API
    }
    expect(committed.size).toBeGreaterThan(20);
    expect(killsDuringWrite).toBeGreaterThan(0);
  }, 60_000);
});
