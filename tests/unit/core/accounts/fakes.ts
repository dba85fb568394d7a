import type { CredentialStore, DemoServerFactory, Logger } from '../../../../src/main/core/ports';
import { startSandbox, type Sandbox } from '../../../../src/main/sandbox/sandbox';

/** A keychain stand-in that outlives a core, so restarts can be tested; `map` is the keychain's content. */
export function memoryKeychain(): CredentialStore & { map: Map<string, string>; failWrites: boolean } {
  const map = new Map<string, string>();
  const store = {
    backend: 'keychain' as const,
    map,
    failWrites: false,
    get: async (id: string) => map.get(id) ?? null,
    async set(id: string, secret: string) {
      if (store.failWrites) throw new Error('keychain is locked');
      map.set(id, secret);
    },
    delete: async (id: string) => map.delete(id),
  };
  return store;
}

/** The demo port backed by the real sandbox; records every start and close. */
export function sandboxDemo(): DemoServerFactory & { started: string[]; running: Set<Sandbox> } {
  const started: string[] = [];
  const running = new Set<Sandbox>();
  const factory = async ({ dataFile }: { dataFile: string }) => {
    const sandbox = await startSandbox({ dataFile, seed: 'demo', writeDelayMs: 0 });
    started.push(dataFile);
    running.add(sandbox);
    return {
      endpoint: sandbox.endpoint,
      accessKeyId: sandbox.accessKeyId,
      accessKeySecret: sandbox.accessKeySecret,
      async close() {
        running.delete(sandbox);
        await sandbox.close();
      },
    };
  };
  return Object.assign(factory, { started, running });
}

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  message: string;
  detail?: Record<string, unknown>;
}

export function capturingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine['level']) =>
    (message: string, detail?: Record<string, unknown>): void =>
      void lines.push(detail ? { level, message, detail } : { level, message });
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}
