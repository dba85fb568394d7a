import type { CredentialStore } from '../ports';

/** Last resort when no keychain is usable: secrets live in this process's memory only. */
export function createSessionOnlyStore(
  warning = 'No system keychain is available: access keys are kept only until the app quits.',
): CredentialStore {
  const secrets = new Map<string, string>();
  return {
    backend: 'session-only',
    warning,
    get: async (id) => secrets.get(id) ?? null,
    set: async (id, secret) => void secrets.set(id, secret),
    delete: async (id) => secrets.delete(id),
  };
}
