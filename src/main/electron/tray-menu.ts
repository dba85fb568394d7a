import type { UiLanguage } from '../../shared/domain';

/** What a tray menu entry does; the shell maps each to one function. */
export type TrayAction =
  | { kind: 'open-ticket'; ticketId: string }
  | { kind: 'sync-now' }
  | { kind: 'new-ticket' }
  | { kind: 'open' }
  | { kind: 'quit' };

export type TrayMenuEntry =
  | { type: 'item'; label: string; action: TrayAction; enabled: boolean }
  | { type: 'label'; label: string }
  | { type: 'separator' };

export interface RecentTicket {
  id: string;
  title: string;
  unread: number;
}

export interface TrayState {
  /** tickets.counts → unread */
  unread: number;
  /** Tickets with new support replies, newest activity first. */
  recent: readonly RecentTicket[];
  syncing: boolean;
  language: UiLanguage;
  platform: NodeJS.Platform;
}

export const MAX_RECENT = 5;
const MAX_TITLE = 48;

const strings = {
  en: {
    newReplies: 'New replies',
    none: 'No new replies',
    open: 'Open Workorder Desk',
    sync: 'Sync now',
    syncing: 'Syncing…',
    compose: 'New ticket',
    quit: 'Quit',
    tooltip: (n: number) => (n === 0 ? 'Workorder Desk' : `Workorder Desk — ${n} with new replies`),
  },
  zh: {
    newReplies: '新回复',
    none: '没有新回复',
    open: '打开 Workorder Desk',
    sync: '立即同步',
    syncing: '正在同步…',
    compose: '新建工单',
    quit: '退出',
    tooltip: (n: number) => (n === 0 ? 'Workorder Desk' : `Workorder Desk — ${n} 个工单有新回复`),
  },
  ja: {
    newReplies: '新しい返信',
    none: '新しい返信はありません',
    open: 'Workorder Desk を開く',
    sync: '今すぐ同期',
    syncing: '同期中…',
    compose: '新しいチケット',
    quit: '終了',
    tooltip: (n: number) => (n === 0 ? 'Workorder Desk' : `Workorder Desk — 新しい返信のあるチケット ${n} 件`),
  },
} satisfies Record<UiLanguage, unknown>;

/** Menus on Windows and Linux read "&" as a mnemonic marker; a ticket title must show it literally. */
function menuText(text: string, platform: NodeJS.Platform): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const short = oneLine.length > MAX_TITLE ? `${oneLine.slice(0, MAX_TITLE - 1)}…` : oneLine;
  return platform === 'darwin' ? short : short.replace(/&/g, '&&');
}

/**
 * The tray menu as data. Every action is in the menu because Linux AppIndicator delivers no click
 * events on the icon itself: the menu is the only way in there.
 */
export function trayMenuModel(state: TrayState): TrayMenuEntry[] {
  const t = strings[state.language];
  const entries: TrayMenuEntry[] = [{ type: 'item', label: t.open, action: { kind: 'open' }, enabled: true }];
  entries.push({ type: 'separator' });
  const recent = state.recent.filter((r) => r.unread > 0).slice(0, MAX_RECENT);
  if (recent.length === 0) {
    entries.push({ type: 'label', label: t.none });
  } else {
    entries.push({ type: 'label', label: t.newReplies });
    for (const ticket of recent) {
      entries.push({
        type: 'item',
        label: `${menuText(ticket.title || ticket.id, state.platform)} (${ticket.unread})`,
        action: { kind: 'open-ticket', ticketId: ticket.id },
        enabled: true,
      });
    }
  }
  entries.push({ type: 'separator' });
  entries.push({
    type: 'item',
    label: state.syncing ? t.syncing : t.sync,
    action: { kind: 'sync-now' },
    enabled: !state.syncing,
  });
  entries.push({ type: 'item', label: t.compose, action: { kind: 'new-ticket' }, enabled: true });
  entries.push({ type: 'separator' });
  entries.push({ type: 'item', label: t.quit, action: { kind: 'quit' }, enabled: true });
  return entries;
}

export function trayTooltip(unread: number, language: UiLanguage): string {
  return strings[language].tooltip(Math.max(0, unread));
}

/**
 * How the unread count shows outside the window. macOS: dock badge plus the number beside the menu
 * bar icon; Linux: launcher badge (Unity/KDE honour it) and a dotted tray icon; Windows: a numbered
 * taskbar overlay and the dotted tray icon.
 */
export interface UnreadIndicators {
  trayIcon: 'trayTemplate' | 'tray' | 'tray-unread';
  /** Text beside the macOS menu bar icon. */
  trayTitle: string | null;
  /** app.setBadgeCount; null where the platform has no badge. */
  badgeCount: number | null;
  /** Windows taskbar overlay image name in resources/overlay (null clears it). */
  overlay: string | null;
}

export function unreadIndicators(unread: number, platform: NodeJS.Platform): UnreadIndicators {
  const n = Math.max(0, Math.floor(unread));
  if (platform === 'darwin') {
    return { trayIcon: 'trayTemplate', trayTitle: n > 0 ? String(n) : '', badgeCount: n, overlay: null };
  }
  const trayIcon = n > 0 ? 'tray-unread' : 'tray';
  if (platform === 'win32') {
    return {
      trayIcon,
      trayTitle: null,
      badgeCount: null,
      overlay: n === 0 ? null : n > 9 ? 'overlay-9plus' : `overlay-${n}`,
    };
  }
  return { trayIcon, trayTitle: null, badgeCount: n, overlay: null };
}
