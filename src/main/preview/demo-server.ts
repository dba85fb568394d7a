import type { DemoEndpoint, DemoServerFactory } from '../core/ports';

export interface DemoServers {
  /** The core's `demo` port: starts the embedded sandbox with the demo data set. */
  factory: DemoServerFactory;
  /** Stops any sandbox still running (the core normally stops its own on close). */
  close(): Promise<void>;
}

/** "Try demo" in the preview: the same local sandbox the desktop app embeds, on a free loopback port. */
export function createDemoServers(options: { autoReplySeconds: number }): DemoServers {
  const running = new Set<DemoEndpoint>();
  return {
    async factory({ dataFile }) {
      // Loaded on first use: a preview pointed at a real endpoint never needs the emulator.
      const { startSandbox } = await import('../sandbox/sandbox');
      const sandbox = await startSandbox({
        host: '127.0.0.1',
        port: 0,
        dataFile,
        seed: 'demo',
        ...(options.autoReplySeconds > 0 ? { autoReplySeconds: options.autoReplySeconds } : {}),
      });
      let closed: Promise<void> | null = null;
      const endpoint: DemoEndpoint = {
        endpoint: sandbox.endpoint,
        accessKeyId: sandbox.accessKeyId,
        accessKeySecret: sandbox.accessKeySecret,
        close() {
          // The core and the preview may both stop it; stopping twice must be harmless.
          closed ??= sandbox.close().finally(() => void running.delete(endpoint));
          return closed;
        },
      };
      running.add(endpoint);
      return endpoint;
    },
    async close() {
      await Promise.all([...running].map((endpoint) => endpoint.close()));
    },
  };
}
