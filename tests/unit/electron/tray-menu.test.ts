import { describe, expect, it } from 'vitest';
import {
  trayMenuModel,
  trayTooltip,
  unreadIndicators,
  type TrayMenuEntry,
  type TrayState,
} from '../../../src/main/electron/tray-menu';

const state = (over: Partial<TrayState> = {}): TrayState => ({
  unread: 0,
  recent: [],
  syncing: false,
  language: 'en',
  platform: 'linux',
  ...over,
});

const labels = (entries: TrayMenuEntry[]) => entries.map((e) => (e.type === 'separator' ? '---' : e.label));
const actions = (entries: TrayMenuEntry[]) => entries.flatMap((e) => (e.type === 'item' ? [e.action.kind] : []));

describe('trayMenuModel', () => {
  it('offers every action in the menu (AppIndicator has no icon clicks)', () => {
    const entries = trayMenuModel(state());
    expect(labels(entries)).toEqual([
      'Open Workorder Desk',
      '---',
      'No new replies',
      '---',
      'Sync now',
      'New ticket',
      '---',
      'Quit',
    ]);
    expect(actions(entries)).toEqual(['open', 'sync-now', 'new-ticket', 'quit']);
  });

  it('lists up to five tickets with new replies, each opening its ticket', () => {
    const recent = Array.from({ length: 7 }, (_, i) => ({ id: `T${i}`, title: `Title ${i}`, unread: i + 1 }));
    const entries = trayMenuModel(state({ unread: 7, recent }));
    const tickets = entries.filter((e) => e.type === 'item' && e.action.kind === 'open-ticket');
    expect(tickets).toHaveLength(5);
    expect(tickets[0]).toEqual({
      type: 'item',
      label: 'Title 0 (1)',
      action: { kind: 'open-ticket', ticketId: 'T0' },
      enabled: true,
    });
    expect(labels(entries)).toContain('New replies');
  });

  it('skips tickets that no longer have unread replies', () => {
    const entries = trayMenuModel(state({ recent: [{ id: 'T1', title: 'Read', unread: 0 }] }));
    expect(labels(entries)).toContain('No new replies');
  });

  it('shows "&" literally on Windows and Linux and shortens long titles', () => {
    const recent = [{ id: 'T1', title: `R&D ${'x'.repeat(80)}`, unread: 2 }];
    const [win] = trayMenuModel(state({ recent, platform: 'win32' })).filter(
      (e) => e.type === 'item' && e.action.kind === 'open-ticket',
    );
    expect(win?.type === 'item' && win.label.startsWith('R&&D x')).toBe(true);
    expect(win?.type === 'item' && win.label.endsWith('… (2)')).toBe(true);
    const [mac] = trayMenuModel(state({ recent, platform: 'darwin' })).filter(
      (e) => e.type === 'item' && e.action.kind === 'open-ticket',
    );
    expect(mac?.type === 'item' && mac.label.startsWith('R&D x')).toBe(true);
  });

  it('disables "Sync now" while syncing and speaks the UI language', () => {
    const entries = trayMenuModel(state({ syncing: true, language: 'ja' }));
    expect(entries).toContainEqual({ type: 'item', label: '同期中…', action: { kind: 'sync-now' }, enabled: false });
    expect(labels(entries)).toContain('終了');
  });
});

describe('unread indicators', () => {
  it('macOS: template tray icon, count beside it and on the dock', () => {
    expect(unreadIndicators(3, 'darwin')).toEqual({
      trayIcon: 'trayTemplate',
      trayTitle: '3',
      badgeCount: 3,
      overlay: null,
    });
    expect(unreadIndicators(0, 'darwin')).toEqual({
      trayIcon: 'trayTemplate',
      trayTitle: '',
      badgeCount: 0,
      overlay: null,
    });
  });

  it('Windows: dotted tray icon and a numbered taskbar overlay, 9+ beyond nine', () => {
    expect(unreadIndicators(2, 'win32')).toMatchObject({
      trayIcon: 'tray-unread',
      overlay: 'overlay-2',
      badgeCount: null,
    });
    expect(unreadIndicators(12, 'win32').overlay).toBe('overlay-9plus');
    expect(unreadIndicators(0, 'win32')).toMatchObject({ trayIcon: 'tray', overlay: null });
  });

  it('Linux: launcher badge and dotted tray icon', () => {
    expect(unreadIndicators(4, 'linux')).toEqual({
      trayIcon: 'tray-unread',
      trayTitle: null,
      badgeCount: 4,
      overlay: null,
    });
  });

  it('tooltip carries the count', () => {
    expect(trayTooltip(0, 'en')).toBe('Workorder Desk');
    expect(trayTooltip(2, 'en')).toBe('Workorder Desk — 2 with new replies');
  });
});
