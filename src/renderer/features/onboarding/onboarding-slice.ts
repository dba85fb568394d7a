import type { IpcError } from '../../../shared/errors';
import type { Res } from '../../../shared/ipc';
import type { SliceCreator } from '../../app/store';

export type AppInfo = Res<'app.info'>;

export interface OnboardingSlice {
  boot: { phase: 'loading' | 'error' | 'ready'; error: IpcError | null };
  appInfo: AppInfo | null;
  demo: { starting: boolean; error: IpcError | null };
  /** Load what the first screen needs, all at once: app info, settings, accounts and the inbox. */
  bootApp(): Promise<void>;
  loadAppInfo(): Promise<void>;
  startDemo(): Promise<void>;
  /** After the active account changes: reload everything that belongs to an account. */
  reloadAccountData(): Promise<void>;
}

export const createOnboardingSlice: SliceCreator<OnboardingSlice> = (deps) => (set, get) => {
  /** Boot once per store, even when React runs effects twice in development. */
  let booting = false;
  return {
    boot: { phase: 'loading', error: null },
    appInfo: null,
    demo: { starting: false, error: null },

    async bootApp() {
      if (booting) return;
      booting = true;
      set({ boot: { phase: 'loading', error: null } });
      // One round trip instead of three: the inbox is asked for together with app info, settings
      // and accounts, on the bet that an account exists (it nearly always does after the first
      // run). Without one these calls fail with no-account and their state is reset below.
      const inbox = Promise.all([get().loadInboxFirstPage(), get().loadCounts()]);
      const rest = Promise.all([get().loadSyncStatus(), get().loadOutbox()]);
      const [info] = await Promise.all([deps.bridge.invoke('app.info'), get().loadSettings(), get().loadAccounts()]);
      if (!info.ok) {
        booting = false;
        set({ boot: { phase: 'error', error: info.error } });
        return;
      }
      set({ appInfo: info.value, boot: { phase: 'ready', error: null } });
      if (get().accounts.length === 0) {
        await inbox;
        // Unless an account arrived meanwhile (which reloads on its own), forget the no-account answers.
        if (get().accounts.length === 0) get().resetInbox();
        return;
      }
      // The product catalog can mean an API call; it is for New ticket, not the first screen.
      await Promise.all([inbox, rest, get().loadCatalog()]);
    },

    async loadAppInfo() {
      const info = await deps.bridge.invoke('app.info');
      if (info.ok) set({ appInfo: info.value });
    },

    async startDemo() {
      set({ demo: { starting: true, error: null } });
      const result = await deps.bridge.invoke('demo.start');
      if (!result.ok) {
        set({ demo: { starting: false, error: result.error } });
        return;
      }
      set({ demo: { starting: false, error: null } });
      await Promise.all([get().loadAccounts(), get().loadAppInfo()]);
      get().setView('inbox');
      await get().reloadAccountData();
    },

    async reloadAccountData() {
      get().closeTicketView();
      get().resetInbox();
      await Promise.all([
        get().loadInboxFirstPage(),
        get().loadCounts(),
        get().loadSyncStatus(),
        get().loadOutbox(),
        get().loadCatalog(),
      ]);
    },
  };
};
