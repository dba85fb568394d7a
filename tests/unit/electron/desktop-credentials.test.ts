import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger, type CredentialStore } from '../../../src/main/core/ports';
import { openDesktopCredentialStore, SAFE_STORAGE_FILE } from '../../../src/main/electron/desktop-credentials';
import { makeTempDir } from '../../helpers/temp-dir';
import { fakeSafeStorage } from './fake-safe-storage';

const keychain = async (): Promise<CredentialStore> => ({
  backend: 'keychain',
  get: async () => null,
  set: async () => {},
  delete: async () => false,
});
const noKeychain = async (): Promise<CredentialStore> => {
  throw new Error('The keychain module (keytar) could not be loaded: ABI mismatch');
};

describe('desktop credential store selection', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.cleanup());

  const open = (over: Partial<Parameters<typeof openDesktopCredentialStore>[0]>) =>
    openDesktopCredentialStore({
      dataDir: temp.dir,
      platform: 'linux',
      safeStorage: fakeSafeStorage(),
      logger: silentLogger,
      ...over,
    });

  it('uses the OS keychain first', async () => {
    expect((await open({ keychain })).backend).toBe('keychain');
  });

  it('falls back to safeStorage when keytar cannot load, storing into userData', async () => {
    const store = await open({ keychain: noKeychain });
    expect(store.backend).toBe('safe-storage');
    expect(store.warning).toBeUndefined();
    await store.set('a', 'secret');
    const reopened = await open({ keychain: noKeychain });
    expect(await reopened.get('a')).toBe('secret');
    expect(existsSync(path.join(temp.dir, SAFE_STORAGE_FILE))).toBe(true);
  });

  it("refuses safeStorage's basic_text and ends at session-only, saying why", async () => {
    const store = await open({
      keychain: noKeychain,
      safeStorage: fakeSafeStorage({ getSelectedStorageBackend: () => 'basic_text' }),
    });
    expect(store.backend).toBe('session-only');
    expect(store.warning).toMatch(/keytar/);
    expect(store.warning).toMatch(/basic_text/);
  });

  it('ends at session-only when OS encryption is unavailable', async () => {
    const store = await open({
      keychain: noKeychain,
      platform: 'win32',
      safeStorage: fakeSafeStorage({ isEncryptionAvailable: () => false }),
    });
    expect(store.backend).toBe('session-only');
  });
});
