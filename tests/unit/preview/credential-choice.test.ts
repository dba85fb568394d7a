import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/main/core/ports';
import { openCredentialStore } from '../../../src/main/preview/credential-choice';

const hasSecretService = process.env['WD_SECRET_SERVICE'] === '1';

describe('preview --credentials', () => {
  it('memory keeps secrets in this process and says so', async () => {
    const store = await openCredentialStore('memory', silentLogger);
    expect(store.backend).toBe('session-only');
    expect(store.warning).toMatch(/memory/);
    await store.set('a1', 's3cret');
    expect(await store.get('a1')).toBe('s3cret');
  });

  it.runIf(hasSecretService)('keychain uses the OS keychain when a Secret Service runs (with-keyring.sh)', async () => {
    const store = await openCredentialStore('keychain', silentLogger);
    expect(store.backend).toBe('keychain');
    await store.set('wd-preview-test', 's3cret');
    expect(await store.get('wd-preview-test')).toBe('s3cret');
    expect(await store.delete('wd-preview-test')).toBe(true);
  });
});
