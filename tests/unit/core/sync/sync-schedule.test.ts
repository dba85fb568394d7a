import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../../src/main/sandbox/sandbox';
import { FakeClock } from '../../../fixtures/core/fake-clock';
import { openTicketsHarness, type TicketsHarness } from '../../../fixtures/core/tickets-harness';
import { makeTempDir } from '../../../helpers/temp-dir';

const BACKOFF = { baseMs: 1_000, maxMs: 8_000 };

/** Timers through a fake Clock: what is scheduled, and when, without waiting for it. */
describe('sync scheduling', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let sandbox: Sandbox;
  let clock: FakeClock;
  let h: TicketsHarness;

  const runs = () => h.recorded('sync.status').filter((s) => s.state === 'syncing' && s.progress === null).length;
  const settled = (count: number) =>
    h.until(
      () => h.recorded('sync.status').filter((s) => s.state !== 'syncing').length >= count,
      `${count} finished runs`,
    );

  beforeEach(async () => {
    temp = makeTempDir();
    sandbox = await startSandbox({ seed: 'demo' });
    clock = new FakeClock();
    h = await openTicketsHarness({
      dataDir: temp.dir,
      ...sandbox,
      clock,
      timing: { pollBackoff: BACKOFF, pollJitterMs: 0 },
    });
    await settled(1);
  });
  afterEach(async () => {
    await h.close();
    await sandbox.close();
    temp.cleanup();
  });

  it('polls every pollIntervalSec and follows a changed setting', async () => {
    expect(clock.pending()).toEqual([60_000]);
    expect(await h.invoke('sync.status')).toMatchObject({ state: 'idle', nextRunAt: clock.now() + 60_000 });
    await h.invoke('settings.set', { pollIntervalSec: 120 });
    expect(clock.pending()).toEqual([120_000]);
    const since = sandbox.requests().next;
    clock.advance(120_000);
    await settled(2);
    expect(runs()).toBe(2);
    expect(sandbox.requests(since).requests.some((r) => r.action === 'ListTickets')).toBe(true);
    expect(clock.pending()).toEqual([120_000]);
  });

  it('backs off exponentially while offline and retries at once when nudged', async () => {
    const { port, accessKeyId, accessKeySecret } = sandbox;
    await sandbox.close();
    await h.invoke('sync.now');
    await settled(2);
    const first = clock.pending()[0] ?? 0;
    expect(first).toBeGreaterThanOrEqual(BACKOFF.baseMs / 2);
    expect(first).toBeLessThanOrEqual(BACKOFF.baseMs);
    clock.advance(first);
    await settled(3);
    const second = clock.pending()[0] ?? 0;
    expect(second).toBeGreaterThanOrEqual(BACKOFF.baseMs);
    expect(second).toBeLessThanOrEqual(BACKOFF.baseMs * 2);
    expect(await h.invoke('sync.status')).toMatchObject({ state: 'offline', error: { code: 'offline' } });

    // A focus with fresh data and no failure does nothing; after a failure it retries.
    sandbox = await startSandbox({ port, accessKeyId, accessKeySecret, seed: 'demo' });
    h.module.nudge('online');
    await settled(4);
    expect(await h.invoke('sync.status')).toMatchObject({ state: 'idle', error: null });
    expect(clock.pending()).toEqual([60_000]);
    const before = runs();
    h.module.nudge('focus');
    expect(runs()).toBe(before);
  });

  it('refreshes a stale catalog in the background and serves the cached one meanwhile', async () => {
    const first = await h.invoke('catalog.products');
    const calls = () => sandbox.requests().requests.filter((r) => r.action === 'ListProducts').length;
    expect(calls()).toBe(1);
    clock.advance(23 * 60 * 60_000);
    expect(await h.invoke('catalog.products')).toEqual(first);
    expect(calls()).toBe(1);
    clock.advance(2 * 60 * 60_000);
    expect(await h.invoke('catalog.products')).toEqual(first);
    await h.until(() => calls() === 2, 'the background refresh');
  });
});
