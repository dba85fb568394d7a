import type { CredentialStore, Logger } from '../core/ports';
import { readJson, writeJsonAtomic } from '../core/storage/json-file';

/** The part of Electron's `safeStorage` this store uses (a test double implements the same). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only. */
  getSelectedStorageBackend?(): string;
}

/**
 * Why `safeStorage` must not hold secrets here, or null when it may. On Linux without a keyring,
 * Chromium falls back to `basic_text`, a hard-coded key — that is obfuscation, not encryption.
 * ('unknown' means the backend is not chosen yet, i.e. the app is not ready: refuse as well.)
 */
export function safeStorageRefusal(safeStorage: SafeStorageLike, platform: NodeJS.Platform): string | null {
  if (!safeStorage.isEncryptionAvailable()) return 'OS encryption is not available';
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
    if (backend === 'basic_text' || backend === 'unknown') return `Linux secret backend is "${backend}"`;
  }
  return null;
}

interface SecretsFile {
  version: 1;
  /** accountId → base64 of the OS-encrypted secret. */
  secrets: Record<string, string>;
}

/**
 * A CredentialStore on Electron `safeStorage`: each secret is encrypted with the OS key (DPAPI,
 * Keychain-held key, libsecret/kwallet) and only the ciphertext is written, to a file in userData.
 * Throws when `safeStorage` cannot protect secrets, so the caller falls through to the next store.
 */
export async function createSafeStorageStore(options: {
  safeStorage: SafeStorageLike;
  file: string;
  platform: NodeJS.Platform;
  logger: Logger;
}): Promise<CredentialStore> {
  const { safeStorage, file, platform, logger } = options;
  const refusal = safeStorageRefusal(safeStorage, platform);
  if (refusal) throw new Error(`safeStorage refused: ${refusal}`);

  const raw = await readJson<Partial<SecretsFile>>(file, { version: 1, secrets: {} });
  const secrets = new Map(
    Object.entries(raw.secrets ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  let writing: Promise<void> = Promise.resolve();
  const persist = () => {
    const snapshot: SecretsFile = { version: 1, secrets: Object.fromEntries(secrets) };
    // Serialised, and a failed write is reported to the caller (the secret would otherwise be lost).
    const next = writing.then(() => writeJsonAtomic(file, snapshot));
    writing = next.catch(() => {});
    return next;
  };

  return {
    backend: 'safe-storage',
    async get(accountId) {
      const blob = secrets.get(accountId);
      if (blob === undefined) return null;
      try {
        return safeStorage.decryptString(Buffer.from(blob, 'base64'));
      } catch (error) {
        // The OS key changed (new user profile, reset keyring): the account needs its secret again.
        logger.warn('a stored secret could not be decrypted', { error: error instanceof Error ? error.name : 'error' });
        return null;
      }
    },
    async set(accountId, secret) {
      secrets.set(accountId, safeStorage.encryptString(secret).toString('base64'));
      await persist();
    },
    async delete(accountId) {
      if (!secrets.delete(accountId)) return false;
      await persist();
      return true;
    },
  };
}
