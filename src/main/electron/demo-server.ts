import type { DemoEndpoint, DemoServerFactory } from '../core/ports';
import { startSandbox } from '../sandbox/sandbox';

/** Demo replies arrive on their own every 30 s, so a demo shows notifications without setup. */
export const DEMO_AUTO_REPLY_SECONDS = 30;

/**
 * The core's `demo` port for the desktop app: the embedded sandbox (bundled into main by
 * electron-vite) on a free loopback port, seeded with the demo data set.
 */
export const startDemoServer: DemoServerFactory = async ({ dataFile }): Promise<DemoEndpoint> => {
  const sandbox = await startSandbox({
    host: '127.0.0.1',
    port: 0,
    dataFile,
    seed: 'demo',
    autoReplySeconds: DEMO_AUTO_REPLY_SECONDS,
  });
  let closed: Promise<void> | undefined;
  return {
    endpoint: sandbox.endpoint,
    accessKeyId: sandbox.accessKeyId,
    accessKeySecret: sandbox.accessKeySecret,
    close: () => (closed ??= sandbox.close()),
  };
};
