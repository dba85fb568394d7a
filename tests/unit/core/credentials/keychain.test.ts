import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import keytar from 'keytar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../src/main/core/core';
import { chooseCredentialStore } from '../../../../src/main/core/credentials/choose-credential-store';
import { createKeytarStore, KEYCHAIN_SERVICE } from '../../../../src/main/core/credentials/keytar-store';
import { startSandbox, type Sandbox } from '../../../../src/main/sandbox/sandbox';
import { makeTempDir } from '../../../helpers/temp-dir';
import { capturingLogger } from '../accounts/fakes';

// Needs a real Secret Service: run with `bash scripts/with-keyring.sh npx vitest run tests/unit/core/credentials`.
const hasSecretService = process.env.WD_SECRET_SERVICE === '1';

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe.skipIf(!hasSecretService)(
  'OS keychain via keytar (skipped unless WD_SECRET_SERVICE=1, see scripts/with-keyring.sh)',
  () => {
    const secret = 'Kc7-planted-keychain-secret-5e1f9a';
    let temp: ReturnType<typeof makeTempDir>;
    let sandbox: Sandbox;
    let core: Core;

    beforeEach(async () => {
      temp = makeTempDir();
      sandbox = await startSandbox({ accessKeyId: 'LTAI5tKeychainTest01', accessKeySecret: secret, seed: 'demo' });
      const logger = capturingLogger();
      const credentials = await chooseCredentialStore([() => createKeytarStore()], logger);
      expect(credentials.backend).toBe('keychain');
      core = await createCore({ dataDir: temp.dir, credentials, logger });
    });
    afterEach(async () => {
      await core.close();
      await sandbox.close();
      temp.cleanup();
    });

    it('stores the secret only in the keychain, and removing the account deletes it', async () => {
      const added = await core.handle('accounts.add', {
        name: 'Work',
        endpoint: sandbox.endpoint,
        accessKeyId: sandbox.accessKeyId,
        accessKeySecret: secret,
      });
      if (!added.ok) throw new Error(added.error.message);
      const id = added.value.id;
      expect(await keytar.getPassword(KEYCHAIN_SERVICE, id)).toBe(secret);
      expect(await core.handle('app.info', {})).toMatchObject({
        ok: true,
        value: { credentialBackend: 'keychain', warnings: [] },
      });

      const files = filesUnder(temp.dir);
      expect(files.map((f) => path.basename(f))).toContain('accounts.json');
      const forms = [
        Buffer.from(secret, 'utf8'),
        Buffer.from(secret, 'utf16le'),
        Buffer.from(Buffer.from(secret).toString('base64')),
        Buffer.from(Buffer.from(secret).toString('hex')),
      ];
      for (const file of files) {
        const bytes = readFileSync(file);
        for (const form of forms) expect(bytes.includes(form), `${file} holds the secret`).toBe(false);
      }

      const removed = await core.handle('accounts.remove', { id });
      expect(removed).toEqual({ ok: true, value: { removed: true } });
      expect(await keytar.getPassword(KEYCHAIN_SERVICE, id)).toBeNull();
    });

    it('leaves no probe entries behind', async () => {
      const entries = await keytar.findCredentials(KEYCHAIN_SERVICE);
      expect(entries.filter((e) => e.account.startsWith('probe-'))).toEqual([]);
    });
  },
);
