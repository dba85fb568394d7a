import type { UiLanguage } from '../../shared/domain';
import type { Core } from '../core/core';
import type { Clock, Disposable, Logger } from '../core/ports';
import { MAX_RECENT, type TrayState } from './tray-menu';

/**
 * Keeps the tray's data fresh: unread count and recent tickets with new replies, re-read from the
 * core (never computed here) whenever tickets, notes, sync state or settings change. Bursts of
 * events collapse into one read.
 */
export function createTrayFeed(deps: {
  core: Core;
  clock: Clock;
  platform: NodeJS.Platform;
  logger: Logger;
  onState(state: TrayState): void;
  debounceMs?: number;
}): Disposable & { refresh(): Promise<void> } {
  const { core } = deps;
  let syncing = false;
  let timer: Disposable | undefined;
  let stopped = false;

  async function refresh(): Promise<void> {
    timer = undefined;
    const [counts, list, settings] = await Promise.all([
      core.handle('tickets.counts', {}),
      core.handle('tickets.list', { unreadOnly: true, sort: 'activity-desc', limit: MAX_RECENT }),
      core.handle('settings.get', {}),
    ]);
    if (stopped) return;
    if (!counts.ok) deps.logger.warn('tray could not read counts', { code: counts.error.code });
    if (!list.ok) deps.logger.warn('tray could not read tickets', { code: list.error.code });
    const language: UiLanguage = settings.ok ? settings.value.language : 'en';
    deps.onState({
      unread: counts.ok ? counts.value.unread : 0,
      recent: list.ok ? list.value.rows.map((r) => ({ id: r.id, title: r.title, unread: r.unread })) : [],
      syncing,
      language,
      platform: deps.platform,
    });
  }

  const schedule = () => {
    if (!stopped) timer ??= deps.clock.setTimeout(() => void refresh(), deps.debounceMs ?? 300);
  };
  const subscriptions = [
    core.events.on('tickets.changed', schedule),
    core.events.on('notes.new', schedule),
    core.events.on('settings.changed', schedule),
    core.events.on('accounts.changed', schedule),
    core.events.on('sync.status', (status) => {
      const next = status.state === 'syncing';
      if (next !== syncing) {
        syncing = next;
        schedule();
      }
    }),
  ];

  return {
    refresh,
    dispose() {
      stopped = true;
      timer?.dispose();
      subscriptions.forEach((s) => s.dispose());
    },
  };
}
