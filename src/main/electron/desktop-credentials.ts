import path from 'node:path';
import { chooseCredentialStore, type CredentialStoreCandidate } from '../core/credentials/choose-credential-store';
import { createKeytarStore } from '../core/credentials/keytar-store';
import type { CredentialStore, Logger } from '../core/ports';
import { createSafeStorageStore, type SafeStorageLike } from './safe-storage-store';

export const SAFE_STORAGE_FILE = 'credentials.safe-storage.json';

/**
 * The desktop's secret store, in order of preference: the OS keychain through keytar; where keytar
 * cannot load or the keychain does not answer, Electron `safeStorage` (never its Linux plain-text
 * fallback); and only then memory for this session, with the warning the UI shows.
 */
export function openDesktopCredentialStore(deps: {
  dataDir: string;
  platform: NodeJS.Platform;
  safeStorage: SafeStorageLike;
  logger: Logger;
  keychain?: CredentialStoreCandidate;
}): Promise<CredentialStore> {
  const candidates: CredentialStoreCandidate[] = [
    deps.keychain ?? (() => createKeytarStore()),
    () =>
      createSafeStorageStore({
        safeStorage: deps.safeStorage,
        file: path.join(deps.dataDir, SAFE_STORAGE_FILE),
        platform: deps.platform,
        logger: deps.logger,
      }),
  ];
  return chooseCredentialStore(candidates, deps.logger);
}
