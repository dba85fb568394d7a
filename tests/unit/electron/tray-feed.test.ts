import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/core';
import { EventBus } from '../../../src/main/core/event-bus';
import { silentLogger } from '../../../src/main/core/ports';
import { createTrayFeed } from '../../../src/main/electron/tray-feed';
import type { TrayState } from '../../../src/main/electron/tray-menu';
import { fakeClock } from './fake-clock';

const row = (id: string, unread: number) => ({ id, title: `Ticket ${id}`, unread });

/** A core double: answers the three reads the feed makes and emits events through a real EventBus. */
function coreDouble(data: { unread: number; rows: ReturnType<typeof row>[]; failList?: boolean }) {
  const events = new EventBus();
  const requests: [string, unknown][] = [];
  const core = {
    events,
    handle: async (channel: string, request: unknown) => {
      requests.push([channel, request]);
      if (channel === 'tickets.counts') return { ok: true, value: { unread: data.unread } };
      if (channel === 'tickets.list') {
        return data.failList
          ? { ok: false, error: { code: 'not-found', message: 'No account', retryable: false } }
          : { ok: true, value: { rows: data.rows, total: data.rows.length } };
      }
      return { ok: true, value: { language: 'zh' } };
    },
  } as unknown as Core;
  return { core, events, requests };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('tray feed', () => {
  it('reads the unread count and the recent tickets with new replies from the core', async () => {
    const { core, requests } = coreDouble({ unread: 2, rows: [row('T1', 3), row('T2', 1)] });
    const states: TrayState[] = [];
    const feed = createTrayFeed({
      core,
      clock: fakeClock(),
      platform: 'linux',
      logger: silentLogger,
      onState: (s) => states.push(s),
    });
    await feed.refresh();
    expect(states).toEqual([
      {
        unread: 2,
        recent: [row('T1', 3), row('T2', 1)],
        syncing: false,
        language: 'zh',
        platform: 'linux',
      },
    ]);
    expect(requests).toContainEqual(['tickets.list', { unreadOnly: true, sort: 'activity-desc', limit: 5 }]);
    feed.dispose();
  });

  it('collapses a burst of change events into one read, and follows the sync state', async () => {
    const { core, events } = coreDouble({ unread: 1, rows: [row('T1', 1)] });
    const clock = fakeClock();
    const states: TrayState[] = [];
    const feed = createTrayFeed({
      core,
      clock,
      platform: 'linux',
      logger: silentLogger,
      onState: (s) => states.push(s),
    });
    events.emit('tickets.changed', { ids: ['T1'] });
    events.emit('notes.new', { ticketId: 'T1', count: 2 });
    events.emit('sync.status', { state: 'syncing', progress: null, lastSuccessAt: null, nextRunAt: null, error: null });
    clock.advance(300);
    await flush();
    expect(states).toHaveLength(1);
    expect(states[0]?.syncing).toBe(true);
    feed.dispose();
    events.emit('tickets.changed', { ids: ['T1'] });
    clock.advance(1000);
    await flush();
    expect(states).toHaveLength(1);
  });

  it('still shows the count when the list cannot be read', async () => {
    const { core } = coreDouble({ unread: 4, rows: [], failList: true });
    const states: TrayState[] = [];
    const feed = createTrayFeed({
      core,
      clock: fakeClock(),
      platform: 'win32',
      logger: silentLogger,
      onState: (s) => states.push(s),
    });
    await feed.refresh();
    expect(states[0]).toMatchObject({ unread: 4, recent: [] });
    feed.dispose();
  });
});
