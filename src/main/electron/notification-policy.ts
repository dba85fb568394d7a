import type { UiLanguage } from '../../shared/domain';
import type { NotifyPayload } from '../../shared/ipc';

/** What the shell is asked to show; `ticketId` is what a click opens (null: just the app). */
export type NotificationPlan =
  | { kind: 'reply'; ticketId: string; title: string; body: string }
  | { kind: 'summary'; ticketId: string | null; title: string; body: string };

export interface NotificationContext {
  /** settings.notifications */
  enabled: boolean;
  /** False where the OS cannot show notifications (Electron's `Notification.isSupported()`). */
  supported: boolean;
  language: UiLanguage;
  alreadyNotified(key: string): boolean;
}

export interface NotificationDecision {
  show: NotificationPlan | null;
  /** Keys to remember as handled, so the same reply is never announced again. */
  handled: string[];
}

export const APP_NAME = 'Workorder Desk';
const MAX_BODY = 180;

/** The identity of one reply; the unit of "never twice". */
export const notificationKey = (n: Pick<NotifyPayload, 'ticketId' | 'noteId'>): string => `${n.ticketId}/${n.noteId}`;

/** First non-empty line of a reply, trimmed and shortened: a notification is a headline. */
export function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const trimmed = line.trim().replace(/\s+/g, ' ');
  return trimmed.length > MAX_BODY ? `${trimmed.slice(0, MAX_BODY - 1)}…` : trimmed;
}

const summaryText: Record<UiLanguage, (replies: number, tickets: number) => string> = {
  en: (r, t) => (t === 1 ? `${r} new replies` : `${r} new replies in ${t} tickets`),
  zh: (r, t) => (t === 1 ? `${r} 条新回复` : `${t} 个工单有 ${r} 条新回复`),
  ja: (r, t) => (t === 1 ? `新しい返信 ${r} 件` : `${t} 件のチケットに新しい返信 ${r} 件`),
};

/**
 * Decides what one batch of `notify` events (those that arrived close together) turns into: nothing,
 * one notification for one reply, or one summary. Pure — the caller owns timers, storage and the OS.
 */
export function decideNotifications(batch: readonly NotifyPayload[], ctx: NotificationContext): NotificationDecision {
  const fresh = new Map<string, NotifyPayload>();
  for (const item of batch) {
    // The core only announces support replies; this guard keeps the user's own replies silent
    // even if a future producer forgets that rule.
    if (item.fromOfficial === false) continue;
    const key = notificationKey(item);
    if (!fresh.has(key) && !ctx.alreadyNotified(key)) fresh.set(key, item);
  }
  const handled = [...fresh.keys()];
  // Turned off or impossible: still remember them, so switching notifications back on later
  // does not replay a backlog of old replies.
  if (handled.length === 0 || !ctx.enabled || !ctx.supported) return { show: null, handled };

  const items = [...fresh.values()];
  const tickets = [...new Set(items.map((i) => i.ticketId))];
  const first = items[0]!;
  if (items.length === 1) {
    return {
      show: { kind: 'reply', ticketId: first.ticketId, title: first.title || APP_NAME, body: firstLine(first.body) },
      handled,
    };
  }
  const single = tickets.length === 1;
  return {
    show: {
      kind: 'summary',
      ticketId: single ? first.ticketId : null,
      title: single ? first.title || APP_NAME : APP_NAME,
      body: summaryText[ctx.language](items.length, tickets.length),
    },
    handled,
  };
}
