import type { Settings } from '../../shared/domain';
import type { NotifyPayload } from '../../shared/ipc';
import type { Clock, Disposable, Logger } from '../core/ports';
import type { NotifiedLog } from './notified-log';
import { decideNotifications, type NotificationPlan } from './notification-policy';

export interface NotificationCenterDeps {
  log: NotifiedLog;
  clock: Clock;
  settings(): Pick<Settings, 'notifications' | 'language'>;
  supported(): boolean;
  show(plan: NotificationPlan): void;
  logger: Logger;
  /** How long to collect replies before deciding; a sync burst becomes one summary. */
  windowMs?: number;
}

export interface NotificationCenter extends Disposable {
  push(payload: NotifyPayload): void;
}

/**
 * Collects `notify` events for a short window, then lets the policy decide. The batch window starts
 * with the first event and is not extended, so a steady trickle still surfaces promptly.
 */
export function createNotificationCenter(deps: NotificationCenterDeps): NotificationCenter {
  const windowMs = deps.windowMs ?? 1500;
  let batch: NotifyPayload[] = [];
  let timer: Disposable | undefined;
  let disposed = false;

  function flush(): void {
    timer = undefined;
    const items = batch;
    batch = [];
    const settings = deps.settings();
    const decision = decideNotifications(items, {
      enabled: settings.notifications,
      language: settings.language,
      supported: deps.supported(),
      alreadyNotified: (key) => deps.log.has(key),
    });
    // Remember before showing: at most once matters more than at least once for a notification.
    void deps.log.add(decision.handled);
    if (!decision.show) return;
    try {
      deps.show(decision.show);
    } catch (error) {
      deps.logger.warn('could not show notification', { error: String(error) });
    }
  }

  return {
    push(payload) {
      if (disposed) return;
      batch.push(payload);
      timer ??= deps.clock.setTimeout(flush, windowMs);
    },
    dispose() {
      disposed = true;
      timer?.dispose();
      timer = undefined;
      batch = [];
    },
  };
}
