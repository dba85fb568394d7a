import type { Account, Settings } from '../../../shared/domain';
import type { IpcError } from '../../../shared/errors';
import type { SliceCreator } from '../../app/store';

export const ENDPOINT_PRESETS = [
  { id: 'default', endpoint: 'https://workorder.aliyuncs.com' },
  { id: 'singapore', endpoint: 'https://workorder.ap-southeast-1.aliyuncs.com' },
  { id: 'tokyo', endpoint: 'https://workorder.ap-northeast-1.aliyuncs.com' },
] as const;

export interface AccountFormState {
  open: boolean;
  name: string;
  accessKeyId: string;
  /** Held only while the form is open; cleared the moment it is saved or closed. */
  accessKeySecret: string;
  endpoint: string;
  test: {
    state: 'idle' | 'testing' | 'ok' | 'failed';
    latencyMs: number;
    productCount: number;
    error: IpcError | null;
  };
  saving: boolean;
  error: IpcError | null;
}
export type AccountField = 'name' | 'accessKeyId' | 'accessKeySecret' | 'endpoint';

export interface SettingsSlice {
  settings: Settings | null;
  settingsError: IpcError | null;
  accounts: readonly Account[];
  accountForm: AccountFormState;
  removeAccountId: string | null;
  accountError: IpcError | null;
  loadSettings(): Promise<void>;
  applySettings(settings: Settings): void;
  updateSettings(patch: Partial<Settings>): Promise<void>;
  loadAccounts(): Promise<void>;
  openAccountForm(): void;
  closeAccountForm(): void;
  setAccountField(field: AccountField, value: string): void;
  testConnection(): Promise<void>;
  saveAccount(): Promise<void>;
  askRemoveAccount(id: string): void;
  cancelRemoveAccount(): void;
  confirmRemoveAccount(): Promise<void>;
  setActiveAccount(id: string): Promise<void>;
}

const idleTest: AccountFormState['test'] = { state: 'idle', latencyMs: 0, productCount: 0, error: null };
const closedForm: AccountFormState = {
  open: false,
  name: '',
  accessKeyId: '',
  accessKeySecret: '',
  endpoint: ENDPOINT_PRESETS[0].endpoint,
  test: idleTest,
  saving: false,
  error: null,
};

export const createSettingsSlice: SliceCreator<SettingsSlice> = (deps) => (set, get) => {
  const patchForm = (p: Partial<AccountFormState>) => set((s) => ({ accountForm: { ...s.accountForm, ...p } }));
  const credentials = () => {
    const f = get().accountForm;
    return { accessKeyId: f.accessKeyId, accessKeySecret: f.accessKeySecret, endpoint: f.endpoint };
  };

  return {
    settings: null,
    settingsError: null,
    accounts: [],
    accountForm: closedForm,
    removeAccountId: null,
    accountError: null,

    async loadSettings() {
      const result = await deps.bridge.invoke('settings.get');
      if (result.ok) get().applySettings(result.value);
      else set({ settingsError: result.error });
    },

    applySettings(settings) {
      set({ settings, settingsError: null });
      get().refreshCatalogLanguage();
    },

    async updateSettings(patch) {
      const before = get().settings;
      // Show the choice at once; the answer from main is the truth (and refetches localized names).
      if (before) set({ settings: { ...before, ...patch } });
      const result = await deps.bridge.invoke('settings.set', patch);
      if (result.ok) get().applySettings(result.value);
      else set({ settings: before, settingsError: result.error });
    },

    async loadAccounts() {
      const result = await deps.bridge.invoke('accounts.list');
      if (result.ok) set({ accounts: result.value, accountError: null });
      else set({ accountError: result.error });
    },

    openAccountForm() {
      get().setView('settings');
      set({ accountForm: { ...closedForm, open: true } });
    },

    closeAccountForm() {
      set({ accountForm: closedForm });
    },

    setAccountField(field, value) {
      patchForm({ [field]: value, test: idleTest, error: null });
    },

    async testConnection() {
      patchForm({ test: { ...idleTest, state: 'testing' } });
      const result = await deps.bridge.invoke('accounts.test', credentials());
      if (!get().accountForm.open) return;
      patchForm({
        test: result.ok
          ? { state: 'ok', latencyMs: result.value.latencyMs, productCount: result.value.productCount, error: null }
          : { ...idleTest, state: 'failed', error: result.error },
      });
    },

    async saveAccount() {
      const form = get().accountForm;
      if (form.saving) return;
      const hadAccounts = get().accounts.length > 0;
      patchForm({ saving: true, error: null });
      const result = await deps.bridge.invoke('accounts.add', { name: form.name, ...credentials() });
      if (!result.ok) {
        patchForm({ saving: false, error: result.error });
        return;
      }
      // The secret now lives in main only; drop every copy the renderer had.
      set({ accountForm: closedForm });
      await get().loadAccounts();
      if (!hadAccounts) {
        if (!result.value.active) await deps.bridge.invoke('accounts.setActive', { id: result.value.id });
        await get().loadAccounts();
        get().setView('inbox');
        await get().reloadAccountData();
      }
    },

    askRemoveAccount(id) {
      set({ removeAccountId: id });
    },
    cancelRemoveAccount() {
      set({ removeAccountId: null });
    },

    async confirmRemoveAccount() {
      const id = get().removeAccountId;
      if (id === null) return;
      const wasActive = get().accounts.find((a) => a.id === id)?.active ?? false;
      const result = await deps.bridge.invoke('accounts.remove', { id });
      set({ removeAccountId: null, accountError: result.ok ? null : result.error });
      await get().loadAccounts();
      if (result.ok && wasActive) await get().reloadAccountData();
    },

    async setActiveAccount(id) {
      if (get().accounts.find((a) => a.id === id)?.active) return;
      const result = await deps.bridge.invoke('accounts.setActive', { id });
      if (!result.ok) {
        set({ accountError: result.error });
        return;
      }
      await get().loadAccounts();
      await get().reloadAccountData();
    },
  };
};
