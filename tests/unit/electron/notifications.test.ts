import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../../src/shared/domain';
import type { NotifyPayload } from '../../../src/shared/ipc';
import { silentLogger } from '../../../src/main/core/ports';
import { createNotificationCenter } from '../../../src/main/electron/notification-center';
import { openNotifiedLog } from '../../../src/main/electron/notified-log';
import {
  decideNotifications,
  firstLine,
  type NotificationContext,
  type NotificationPlan,
} from '../../../src/main/electron/notification-policy';
import { makeTempDir } from '../../helpers/temp-dir';
import { fakeClock } from './fake-clock';

const reply = (ticketId: string, noteId: string, extra: Partial<NotifyPayload> = {}): NotifyPayload => ({
  ticketId,
  noteId,
  title: `Ticket ${ticketId}`,
  body: `Reply ${noteId}\nsecond line`,
  ...extra,
});

const ctx = (over: Partial<NotificationContext> = {}): NotificationContext => ({
  enabled: true,
  supported: true,
  language: 'en',
  alreadyNotified: () => false,
  ...over,
});

describe('decideNotifications', () => {
  it('shows one reply with the ticket title and the first line of the reply', () => {
    const d = decideNotifications([reply('T1', 'N1', { body: '\n  Hello there,  \nthanks' })], ctx());
    expect(d.show).toEqual({ kind: 'reply', ticketId: 'T1', title: 'Ticket T1', body: 'Hello there,' });
    expect(d.handled).toEqual(['T1/N1']);
  });

  it('groups a burst into one summary naming replies and tickets', () => {
    const d = decideNotifications([reply('T1', 'N1'), reply('T1', 'N2'), reply('T2', 'N3')], ctx());
    expect(d.show).toEqual({
      kind: 'summary',
      ticketId: null,
      title: 'Workorder Desk',
      body: '3 new replies in 2 tickets',
    });
    expect(d.handled).toEqual(['T1/N1', 'T1/N2', 'T2/N3']);
  });

  it('a summary for one ticket opens that ticket', () => {
    const d = decideNotifications([reply('T1', 'N1'), reply('T1', 'N2')], ctx({ language: 'zh' }));
    expect(d.show).toEqual({ kind: 'summary', ticketId: 'T1', title: 'Ticket T1', body: '2 条新回复' });
  });

  it('never announces the same reply twice, within a batch or after it was handled', () => {
    const d = decideNotifications(
      [reply('T1', 'N1'), reply('T1', 'N1'), reply('T2', 'N2')],
      ctx({
        alreadyNotified: (key) => key === 'T2/N2',
      }),
    );
    expect(d.show?.kind).toBe('reply');
    expect(d.handled).toEqual(['T1/N1']);
    expect(decideNotifications([reply('T2', 'N2')], ctx({ alreadyNotified: () => true }))).toEqual({
      show: null,
      handled: [],
    });
  });

  it("stays silent for the user's own replies", () => {
    expect(decideNotifications([reply('T1', 'N1', { fromOfficial: false })], ctx())).toEqual({
      show: null,
      handled: [],
    });
  });

  it('shows nothing when turned off or unsupported, but remembers the replies as handled', () => {
    for (const over of [{ enabled: false }, { supported: false }]) {
      const d = decideNotifications([reply('T1', 'N1')], ctx(over));
      expect(d).toEqual({ show: null, handled: ['T1/N1'] });
    }
  });

  it('shortens long first lines', () => {
    expect(firstLine('x'.repeat(500))).toHaveLength(180);
    expect(firstLine('x'.repeat(500)).endsWith('…')).toBe(true);
  });
});

describe('notification center with a persisted log', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let file: string;
  beforeEach(() => {
    temp = makeTempDir();
    file = path.join(temp.dir, 'notified.json');
  });
  afterEach(() => temp.cleanup());

  async function start(
    settings: Pick<Settings, 'notifications' | 'language'> = { notifications: true, language: 'en' },
  ) {
    const clock = fakeClock();
    const shown: NotificationPlan[] = [];
    const log = await openNotifiedLog(file, silentLogger);
    const center = createNotificationCenter({
      log,
      clock,
      settings: () => settings,
      supported: () => true,
      show: (plan) => shown.push(plan),
      logger: silentLogger,
      windowMs: 1000,
    });
    return { clock, shown, center, log };
  }

  it('collects events that arrive together into one summary', async () => {
    const { clock, shown, center } = await start();
    center.push(reply('T1', 'N1'));
    clock.advance(400);
    center.push(reply('T2', 'N2'));
    center.push(reply('T3', 'N3'));
    expect(shown).toEqual([]);
    clock.advance(600);
    expect(shown).toEqual([expect.objectContaining({ kind: 'summary', body: '3 new replies in 3 tickets' })]);
    center.dispose();
  });

  it('ignores the same replies delivered again after resume', async () => {
    const { clock, shown, center } = await start();
    center.push(reply('T1', 'N1'));
    clock.advance(1000);
    // A duplicate resume makes the sync report the same reply again.
    center.push(reply('T1', 'N1'));
    clock.advance(1000);
    center.push(reply('T1', 'N1'));
    center.push(reply('T1', 'N2'));
    clock.advance(1000);
    expect(shown.map((s) => s.kind === 'reply' && s.body)).toEqual(['Reply N1', 'Reply N2']);
    center.dispose();
  });

  it('remembers announced replies across a restart', async () => {
    const first = await start();
    first.center.push(reply('T1', 'N1'));
    first.clock.advance(1000);
    await first.log.add([]);
    first.center.dispose();
    expect(first.shown).toHaveLength(1);

    const second = await start();
    second.center.push(reply('T1', 'N1'));
    second.clock.advance(1000);
    expect(second.shown).toEqual([]);
    second.center.dispose();
  });

  it('respects the notifications setting', async () => {
    const { clock, shown, center } = await start({ notifications: false, language: 'en' });
    center.push(reply('T1', 'N1'));
    clock.advance(1000);
    expect(shown).toEqual([]);
    center.dispose();
  });

  it('keeps only the newest keys', async () => {
    const log = await openNotifiedLog(file, silentLogger, 3);
    await log.add(['a', 'b', 'c', 'd']);
    const reopened = await openNotifiedLog(file, silentLogger, 3);
    expect(['a', 'b', 'c', 'd'].map((k) => reopened.has(k))).toEqual([false, true, true, true]);
  });

  it('a pending batch is dropped on dispose', async () => {
    const { clock, shown, center } = await start();
    center.push(reply('T1', 'N1'));
    center.dispose();
    clock.advance(5000);
    center.push(reply('T1', 'N2'));
    clock.advance(5000);
    expect(shown).toEqual([]);
  });
});
