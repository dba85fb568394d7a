import { randomBytes } from 'node:crypto';
import type * as KeytarModule from 'keytar';
import type { CredentialStore } from '../ports';

/** The keychain service name every secret is filed under; the keychain account is our account id. */
export const KEYCHAIN_SERVICE = 'workorder-desk';

type Keytar = Pick<typeof KeytarModule, 'getPassword' | 'setPassword' | 'deletePassword'>;

export interface KeytarStoreOptions {
  /** Keychain calls can hang when the OS wants to show an unlock prompt nobody will answer. */
  probeTimeoutMs?: number;
}

/**
 * The OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows) through
 * keytar. keytar is an optional dependency, so it is loaded lazily, and the store is only returned
 * after a harmless write/read/delete round trip proved the keychain really works. Rejects with an
 * Error whose message says, for a person, why the keychain cannot be used.
 */
export async function createKeytarStore(options: KeytarStoreOptions = {}): Promise<CredentialStore> {
  const keytar = await loadKeytar();
  await probe(keytar, options.probeTimeoutMs ?? 5_000);
  return {
    backend: 'keychain',
    get: (accountId) => keytar.getPassword(KEYCHAIN_SERVICE, accountId),
    set: (accountId, secret) => keytar.setPassword(KEYCHAIN_SERVICE, accountId, secret),
    delete: (accountId) => keytar.deletePassword(KEYCHAIN_SERVICE, accountId),
  };
}

async function loadKeytar(): Promise<Keytar> {
  try {
    const mod = (await import('keytar')) as Keytar & { default?: Keytar };
    // CommonJS seen through ESM: the functions live on `default` (only some are lifted to named exports).
    return mod.default ?? mod;
  } catch (error) {
    throw new Error(`The keychain module (keytar) could not be loaded: ${firstLine(error)}`);
  }
}

async function probe(keytar: Keytar, timeoutMs: number): Promise<void> {
  const account = `probe-${randomBytes(6).toString('hex')}`;
  const value = randomBytes(12).toString('hex');
  try {
    await withTimeout(
      (async () => {
        await keytar.setPassword(KEYCHAIN_SERVICE, account, value);
        const read = await keytar.getPassword(KEYCHAIN_SERVICE, account);
        await keytar.deletePassword(KEYCHAIN_SERVICE, account);
        if (read !== value) throw new Error('a value written to the keychain could not be read back');
      })(),
      timeoutMs,
    );
  } catch (error) {
    throw new Error(`The system keychain is not usable: ${explain(error)}`);
  }
}

/** keytar throws plain Errors with libsecret/D-Bus wording; these are the ones seen on Linux. */
function explain(error: unknown): string {
  const text = firstLine(error);
  if (/autolaunch D-Bus|DBUS_SESSION_BUS_ADDRESS|Could not connect|Failed to connect/i.test(text)) {
    return `no D-Bus session is running (${text}).`;
  }
  if (/org\.freedesktop\.secrets was not provided|ServiceUnknown/i.test(text)) {
    return `no Secret Service is installed; install gnome-keyring or KWallet (${text}).`;
  }
  if (/collection\/login|locked|prompt/i.test(text)) {
    return `the login keyring is locked or not set up (${text}).`;
  }
  return text;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`it did not answer within ${ms} ms`)), ms);
    timer.unref();
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
