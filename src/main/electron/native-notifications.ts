import { Notification } from 'electron';
import type { NotificationPlan } from './notification-policy';

/**
 * Shows a planned notification with Electron's `Notification`. Do-not-disturb is honoured by the OS
 * itself (Windows Focus Assist, macOS Focus, GNOME "Do Not Disturb" all hold back the toast); Electron
 * exposes no API to query it, so there is nothing more to check here than `isSupported()`.
 */
export function createNativeNotifier(deps: { icon: string; onClick(ticketId: string | null): void }) {
  // Electron drops the click handler when the JS object is garbage collected; keep each one alive
  // until it is clicked or dismissed.
  const live = new Set<Notification>();
  return {
    supported: () => Notification.isSupported(),
    show(plan: NotificationPlan): void {
      const notification = new Notification({ title: plan.title, body: plan.body, icon: deps.icon, silent: false });
      live.add(notification);
      notification.on('click', () => {
        live.delete(notification);
        deps.onClick(plan.ticketId);
      });
      notification.on('close', () => live.delete(notification));
      notification.show();
    },
  };
}
