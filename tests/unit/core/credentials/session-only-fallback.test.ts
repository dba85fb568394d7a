import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../src/main/core/core';
import { chooseCredentialStore } from '../../../../src/main/core/credentials/choose-credential-store';
import { createKeytarStore } from '../../../../src/main/core/credentials/keytar-store';
import { makeTempDir } from '../../../helpers/temp-dir';
import { capturingLogger } from '../accounts/fakes';

// libsecret connects once per process; this file runs in its own worker, so pointing the session
// bus nowhere here cannot disturb the real-keychain tests.
process.env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/wd-no-bus';

describe('without a Secret Service', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let core: Core | undefined;

  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(async () => {
    await core?.close();
    temp.cleanup();
  });

  it('the keytar probe refuses with a reason a person can act on', async () => {
    await expect(createKeytarStore()).rejects.toThrow(/system keychain is not usable: no D-Bus session/);
  });

  it('falls back to the session-only store and app.info warns about it', async () => {
    const logger = capturingLogger();
    const failingSafeStorage = async () => {
      throw new Error('Electron safeStorage is not available.');
    };
    const credentials = await chooseCredentialStore([() => createKeytarStore(), failingSafeStorage], logger);
    expect(credentials.backend).toBe('session-only');
    expect(credentials.warning).toMatch(/keychain is not usable.*safeStorage is not available.*until the app quits/s);
    expect(logger.lines.filter((l) => l.level === 'warn')).toHaveLength(2);

    core = await createCore({ dataDir: temp.dir, credentials, logger });
    const info = await core.handle('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { credentialBackend: 'session-only' } });
    if (info.ok) {
      expect(info.value.warnings).toEqual([{ code: 'credentials-session-only', message: credentials.warning }]);
    }
  });

  it('uses the first candidate that works', async () => {
    const logger = capturingLogger();
    const broken = async () => {
      throw new Error('nope');
    };
    const working = async () => ({
      backend: 'safe-storage' as const,
      get: async () => null,
      set: async () => {},
      delete: async () => false,
    });
    const store = await chooseCredentialStore([broken, working], logger);
    expect(store.backend).toBe('safe-storage');
  });
});
