import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountCacheDir } from '../../../../src/main/core/cache/account-cache';
import { startSandbox, type Sandbox } from '../../../../src/main/sandbox/sandbox';
import { openTicketsHarness, type TicketsHarness } from '../../../fixtures/core/tickets-harness';
import { makeTempDir } from '../../../helpers/temp-dir';

const CHILD = path.resolve(__dirname, '../../../fixtures/core/tickets-child.ts');
const ACCOUNT = 'test-account';

type Line = Record<string, unknown>;

/** The core in a child process; `waitFor` resolves with the first stdout line that matches. */
function startChild(options: object): { child: ChildProcess; waitFor(match: (line: Line) => boolean): Promise<Line> } {
  const child = spawn('npx', ['tsx', CHILD, JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Line[] = [];
  const waiters: { match: (line: Line) => boolean; resolve: (line: Line) => void }[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout! }).on('line', (text) => {
    const line = JSON.parse(text) as Line;
    lines.push(line);
    for (const waiter of [...waiters]) {
      if (waiter.match(line)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  return {
    child,
    waitFor: (match) =>
      new Promise((resolve, reject) => {
        const seen = lines.find(match);
        if (seen) return resolve(seen);
        waiters.push({ match, resolve });
        child.once('exit', (code) => reject(new Error(`child exited (${code}) first: ${stderr}`)));
      }),
  };
}

/** SIGKILL the process that runs the core (not the npx/tsx wrappers) and wait for the wrapper to go. */
async function kill9(child: ChildProcess, pid: number): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(pid, 'SIGKILL');
  await exited;
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('kill -9 of the core', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let sandbox: Sandbox;
  let harness: TicketsHarness | null = null;
  let corePid: number | null = null;
  const dbFile = () => path.join(accountCacheDir(temp.dir, ACCOUNT), 'cache.db');

  /** Opens the file the killed process left behind: it must pass SQLite's own check. */
  function inspect<T>(read: (db: Database.Database) => T): T {
    const db = new Database(dbFile());
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      return read(db);
    } finally {
      db.close();
    }
  }

  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(async () => {
    if (corePid !== null && isAlive(corePid)) process.kill(corePid, 'SIGKILL');
    corePid = null;
    await harness?.close();
    harness = null;
    await sandbox.close();
    temp.cleanup();
  });

  const restart = async (): Promise<TicketsHarness> => {
    harness = await openTicketsHarness({ dataDir: temp.dir, accountId: ACCOUNT, ...sandbox });
    return harness;
  };

  it('in the middle of the first sync loses and duplicates no ticket, and stays silent', async () => {
    sandbox = await startSandbox({ seed: { load: 1500 }, faults: { latencyMs: 40, actions: ['ListTickets'] } });
    const run = startChild({ dataDir: temp.dir, ...sandbox });
    corePid = (await run.waitFor((l) => typeof l.pid === 'number')).pid as number;
    await run.waitFor((l) => ((l.progress as { done?: number } | undefined)?.done ?? 0) >= 5);
    await kill9(run.child, corePid);

    const partial = inspect((db) => db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number });
    expect(partial.n).toBeGreaterThanOrEqual(500);
    expect(partial.n).toBeLessThan(1500);

    sandbox.clearFaults();
    const h = await restart();
    await h.until(() => h.recorded('sync.status').some((s) => s.state === 'idle' && s.lastSuccessAt !== null), 'sync');
    expect((await h.invoke('tickets.counts')).all).toBe(1500);
    const ids = new Set<string>();
    for (let offset = 0; offset < 1500; offset += 200) {
      for (const row of (await h.invoke('tickets.list', { offset, limit: 200 })).rows) ids.add(row.id);
    }
    expect(ids.size).toBe(1500);
    for (const id of ids) expect(sandbox.getTicket(id)).toBeDefined();
    // The interrupted run was still the account's first sync: nothing is announced.
    expect(h.recorded('notify')).toEqual([]);
  });

  it('in the middle of outbox delivery loses and duplicates no reply', async () => {
    sandbox = await startSandbox({ seed: 'demo' });
    const probe = await openTicketsHarness({ dataDir: path.join(temp.dir, 'probe'), ...sandbox });
    await probe.until(() => probe.recorded('sync.status').some((s) => s.state === 'idle'), 'probe sync');
    const ticketId = (await probe.invoke('tickets.list', { groups: ['open', 'waiting'], limit: 1 })).rows[0]?.id;
    await probe.close();
    if (!ticketId) throw new Error('the demo seed has no open ticket');

    // Every reply waits on the server, so the kill lands while one is on the wire.
    sandbox.setFaults({ latencyMs: 300, actions: ['ReplyTicket'] });
    const run = startChild({ dataDir: temp.dir, ...sandbox, replies: { ticketId, count: 10 } });
    corePid = (await run.waitFor((l) => typeof l.pid === 'number')).pid as number;
    await run.waitFor((l) => l.written === 3);
    await run.waitFor((l) => l.writing === 4);
    const replyCalls = () => sandbox.requests().requests.filter((r) => r.action === 'ReplyTicket').length;
    // Kill once reply 4 has reached the server but before its answer came back.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await kill9(run.child, corePid);

    const left = inspect(
      (db) =>
        db.prepare('SELECT state, payload FROM outbox ORDER BY seq').all() as { state: string; payload: string }[],
    );
    const unfinished = left.filter((r) => r.state !== 'sent');
    expect(unfinished).toHaveLength(1);
    expect(unfinished[0]?.state).toBe('sending');
    expect(JSON.parse(unfinished[0]?.payload ?? '{}')).toMatchObject({ content: 'kill reply 4' });

    // The server finishes the call the dead process made; then the core comes back.
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (replyCalls() >= 5) {
          clearInterval(timer);
          resolve();
        }
      }, 20);
      setTimeout(() => reject(new Error('reply 4 never reached the server')), 10_000);
    });
    sandbox.clearFaults();
    const h = await restart();
    await h.until(async () => (await h.invoke('outbox.list')).length === 0, 'an empty outbox');
    expect(replyCalls()).toBe(5); // read back, not sent again

    const notes = sandbox.getTicket(ticketId)?.notes ?? [];
    for (let i = 0; i < 10; i++) {
      expect(notes.filter((n) => n.content === `kill reply ${i}`)).toHaveLength(i <= 4 ? 1 : 0);
    }
    await h.until(
      async () =>
        (await h.invoke('tickets.get', { id: ticketId })).notes.filter((n) => n.content.startsWith('kill reply'))
          .length === 5,
      'the replies in the conversation',
    );
    const shown = (await h.invoke('tickets.get', { id: ticketId })).notes.filter((n) =>
      n.content.startsWith('kill reply'),
    );
    expect(shown.every((n) => n.outbox === null)).toBe(true);
  });
});
