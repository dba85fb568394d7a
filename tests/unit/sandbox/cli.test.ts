import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, started, type CliHandle } from './cli-process.js';
import { popClient, call } from './sandbox-test-kit.js';
import type { Sandbox } from '../../../src/main/sandbox/sandbox.js';

let dir: string;
const running: CliHandle[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sandbox-cli-'));
});
afterEach(async () => {
  for (const h of running.splice(0))
    if (h.child.exitCode === null && h.child.signalCode === null) h.child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

function cli(args: string[]): CliHandle {
  const h = runCli(args);
  running.push(h);
  return h;
}

/** The bits of Sandbox popClient needs, from the CLI's JSON line. */
const asSandbox = (s: { endpoint: string; accessKeyId: string; accessKeySecret: string }): Sandbox =>
  s as unknown as Sandbox;

describe('sandbox CLI', () => {
  it('prints exactly one JSON line, keeps a generated key in --data, exits 0 on SIGTERM', async () => {
    const data = join(dir, 'state.json');
    const first = cli(['--port', '0', '--data', data, '--seed', 'empty']);
    const info = await started(first);
    expect(Object.keys(info)).toEqual(['endpoint', 'accessKeyId', 'accessKeySecret']);
    expect(info.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(info.accessKeyId).toMatch(/^LTAI[A-Za-z0-9]{20}$/);
    expect(info.accessKeySecret).toMatch(/^[A-Za-z0-9]{30}$/);

    const client = popClient(asSandbox(info));
    const created = await call(client, 'CreateTicket', {
      ProductCode: 'ecs',
      Category: '793',
      Content: 'Disk full',
      Email: 'a@example.com',
    });
    first.child.kill('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(first.stdout().split('\n')).toEqual([expect.any(String), '']);

    // Restart on the same file: same key, state kept, and --seed is ignored because the file exists.
    const second = cli(['--data', data, '--seed', 'demo']);
    const again = await started(second);
    expect(again.accessKeyId).toBe(info.accessKeyId);
    expect(again.accessKeySecret).toBe(info.accessKeySecret);
    const list = await call(popClient(asSandbox(again)), 'ListTickets', {});
    expect(list.Data.List.map((t: { Id: string }) => t.Id)).toEqual([created.Data]);
    second.child.kill('SIGINT');
    expect((await second.exited).code).toBe(0);
    expect(JSON.parse(await readFile(data, 'utf8')).tickets).toHaveLength(1);
  });

  it('prints the key given by flags', async () => {
    const h = cli(['--access-key-id', 'AKID_TEST', '--access-key-secret', 's3cret', '--seed', 'load:50']);
    const info = await started(h);
    expect(info).toMatchObject({ accessKeyId: 'AKID_TEST', accessKeySecret: 's3cret' });
    const list = await call(popClient(asSandbox(info)), 'ListTickets', { PageSize: 1 });
    expect(list.Data.Total).toBe(50);
    h.child.kill('SIGTERM');
    expect((await h.exited).code).toBe(0);
  });

  it.each([
    [['--port', 'abc'], /--port/],
    [['--seed', 'lots'], /--seed/],
    [['--faults', '{"errorRate":2}'], /errorRate/],
    [['--faults', 'not json'], /--faults/],
    [['--bogus', '1'], /unknown flag --bogus/],
    [['--access-key-id', 'X'], /go together/],
    [['--auto-reply', '-1'], /--auto-reply/],
    [['--port'], /needs a value/],
  ])('rejects %j with exit code 2 and one clear line', async (args, message) => {
    const h = cli(args);
    expect((await h.exited).code).toBe(2);
    expect(h.stdout()).toBe('');
    expect(h.stderr().trimEnd().split('\n')).toEqual([expect.stringMatching(message)]);
  });
});
