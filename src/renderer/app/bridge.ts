import type { WorkorderBridge } from '../../shared/ipc';
import type { AppStore } from './store';

/**
 * The one place that listens to main: each event tells the slices what to re-read. The cache in
 * main is the truth, so events carry hints, not data to merge. Returns a disposer.
 */
export function connectBridge(bridge: WorkorderBridge, store: AppStore): () => void {
  const s = () => store.getState();
  const offs = [
    bridge.on('sync.status', (status) => s().applySyncStatus(status)),
    bridge.on('tickets.changed', ({ ids }) => {
      void s().refreshInbox();
      void s().loadCounts();
      const open = s().ticket.openId;
      if (open !== null && ids.includes(open)) void s().reloadTicket();
    }),
    bridge.on('notes.new', ({ ticketId }) => {
      void s().loadCounts();
      if (s().ticket.openId === ticketId) void s().reloadTicket();
    }),
    bridge.on('outbox.changed', () => {
      void s().loadOutbox();
      if (s().ticket.openId !== null) void s().reloadTicket();
    }),
    bridge.on('accounts.changed', ({ activeAccountId }) => {
      const known = s().accounts.find((a) => a.active)?.id ?? null;
      void s()
        .loadAccounts()
        .then(() => s().loadAppInfo())
        // Our own switch already reloaded; only a change made elsewhere (tray, other window) needs it.
        .then(() => (known !== activeAccountId ? s().reloadAccountData() : undefined));
    }),
    bridge.on('settings.changed', (settings) => s().applySettings(settings)),
    bridge.on('ui.openTicket', ({ ticketId }) => {
      s().setView('inbox');
      void s().openTicket(ticketId);
    }),
    bridge.on('ui.compose', () => s().openCompose()),
  ];
  const online = () => s().setNetworkOnline(true);
  const offline = () => s().setNetworkOnline(false);
  window.addEventListener('online', online);
  window.addEventListener('offline', offline);
  s().setNetworkOnline(navigator.onLine);
  return () => {
    for (const off of offs) off();
    window.removeEventListener('online', online);
    window.removeEventListener('offline', offline);
  };
}
