import type { CredentialBackend } from '../../shared/domain';

/** Anything that holds a timer, socket, server or handle; `dispose` is idempotent. */
export interface Disposable {
  dispose(): void;
}

/** Time is a port so sync and retry logic can be driven by fake clocks in tests. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): Disposable;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout(fn, ms) {
    const handle = setTimeout(fn, ms);
    // A pending poll must never keep the process alive on its own.
    handle.unref?.();
    return { dispose: () => clearTimeout(handle) };
  },
};

/** Where access key secrets live. Implementations never write a secret to a plain file. */
export interface CredentialStore {
  readonly backend: CredentialBackend;
  /** Set when the store is weaker than the OS keychain, shown to the user via app.info. */
  readonly warning?: string;
  get(accountId: string): Promise<string | null>;
  set(accountId: string, secret: string): Promise<void>;
  delete(accountId: string): Promise<boolean>;
}

export interface DemoEndpoint {
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  close(): Promise<void>;
}

/** Starts the embedded API emulator for demo mode; supplied by the composition root. */
export type DemoServerFactory = (options: { dataFile: string }) => Promise<DemoEndpoint>;

export interface Logger {
  info(message: string, detail?: Record<string, unknown>): void;
  warn(message: string, detail?: Record<string, unknown>): void;
  error(message: string, detail?: Record<string, unknown>): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export interface CorePorts {
  dataDir: string;
  credentials: CredentialStore;
  clock?: Clock;
  demo?: DemoServerFactory;
  logger?: Logger;
  appVersion?: string;
  platform?: string;
  /** Random source for jitter; injectable for deterministic tests. */
  random?: () => number;
}
