import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/main/core/ports';
import { createSafeStorageStore, safeStorageRefusal } from '../../../src/main/electron/safe-storage-store';
import { makeTempDir } from '../../helpers/temp-dir';
import { fakeSafeStorage } from './fake-safe-storage';

describe('safeStorage refusal', () => {
  it("refuses Linux's basic_text and an undecided backend, and unavailable encryption", () => {
    expect(safeStorageRefusal(fakeSafeStorage({ getSelectedStorageBackend: () => 'basic_text' }), 'linux')).toMatch(
      /basic_text/,
    );
    expect(safeStorageRefusal(fakeSafeStorage({ getSelectedStorageBackend: () => 'unknown' }), 'linux')).toMatch(
      /unknown/,
    );
    expect(safeStorageRefusal(fakeSafeStorage({ isEncryptionAvailable: () => false }), 'darwin')).toMatch(
      /not available/,
    );
  });
  it('accepts a real keyring backend on Linux and the OS store elsewhere', () => {
    expect(safeStorageRefusal(fakeSafeStorage({ getSelectedStorageBackend: () => 'kwallet5' }), 'linux')).toBeNull();
    expect(safeStorageRefusal(fakeSafeStorage({ getSelectedStorageBackend: undefined }), 'win32')).toBeNull();
  });
});

describe('safeStorage credential store', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let file: string;
  beforeEach(() => {
    temp = makeTempDir();
    file = path.join(temp.dir, 'secrets.json');
  });
  afterEach(() => temp.cleanup());

  const open = (safeStorage = fakeSafeStorage()) =>
    createSafeStorageStore({ safeStorage, file, platform: 'linux', logger: silentLogger });

  it('stores only ciphertext and reads it back after a restart', async () => {
    const store = await open();
    expect(store.backend).toBe('safe-storage');
    await store.set('acc-1', 'Sup3rSecret!');
    expect(readFileSync(file, 'utf8')).not.toContain('Sup3rSecret');
    const reopened = await open();
    expect(await reopened.get('acc-1')).toBe('Sup3rSecret!');
    expect(await reopened.delete('acc-1')).toBe(true);
    expect(await reopened.delete('acc-1')).toBe(false);
    expect(await (await open()).get('acc-1')).toBeNull();
  });

  it('treats a secret it cannot decrypt (OS key changed) as missing', async () => {
    const store = await open();
    await store.set('acc-1', 'secret');
    const otherKey = fakeSafeStorage({
      decryptString: () => {
        throw new Error('decrypt failed');
      },
    });
    expect(await (await open(otherKey)).get('acc-1')).toBeNull();
  });

  it('refuses to open on basic_text', async () => {
    await expect(open(fakeSafeStorage({ getSelectedStorageBackend: () => 'basic_text' }))).rejects.toThrow(
      /basic_text/,
    );
  });
});
