import type { SafeStorageLike } from '../../../src/main/electron/safe-storage-store';

/** A reversible stand-in for OS encryption: good enough to see that no plaintext reaches the file. */
export function fakeSafeStorage(over: Partial<SafeStorageLike> = {}): SafeStorageLike {
  const key = 0x5a;
  return {
    isEncryptionAvailable: () => true,
    encryptString: (s) => Buffer.from([...Buffer.from(`v10${s}`)].map((b) => b ^ key)),
    decryptString: (b) => {
      const text = Buffer.from([...b].map((x) => x ^ key)).toString();
      if (!text.startsWith('v10')) throw new Error('bad blob');
      return text.slice(3);
    },
    getSelectedStorageBackend: () => 'gnome_libsecret',
    ...over,
  };
}
