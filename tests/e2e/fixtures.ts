import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { Logger } from '../../src/main/core/ports';
import { startPreview, type Preview } from '../../src/main/preview/preview';
import type { TicketView } from '../../src/main/sandbox/control-api';
import { startSandbox, type Sandbox, type SeedSpec } from '../../src/main/sandbox/sandbox';

/** A ticket as the sandbox control API returns it (architecture §4); times in epoch seconds. */
export type SandboxTicket = TicketView;

/** The sandbox of one test, driven through its HTTP control API like any outside tool would. */
export interface TestSandbox {
  readonly endpoint: string;
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  ticket(id: string): Promise<SandboxTicket>;
  engineerReply(ticketId: string, content: string, status?: string): Promise<{ noteId: string }>;
  requests(since?: number): Promise<{ next: number; requests: { action: string; httpStatus: number }[] }>;
  /** Fault injection (architecture §4), e.g. `{ latencyMs: 500, actions: ['ListTickets'] }`. */
  setFaults(spec: Record<string, unknown>): Promise<void>;
  /** Stops the server (the API becomes unreachable); state stays in its data file. */
  stop(): Promise<void>;
  /** Starts again on the same port and data file. */
  restart(): Promise<void>;
}

/** What a recorded `new Notification(...)` was called with (see recordNotifications). */
export interface RecordedNotification {
  title: string;
  body: string;
  tag: string;
}

interface Options {
  /** The sandbox's initial data. */
  seed: SeedSpec;
  /**
   * How the preview starts: 'first-run' (no account, "Try demo" available), 'endpoint' (no account,
   * no demo; the test adds one in the UI), or 'account' (the sandbox account already added, as
   * `preview:web --endpoint … --access-key-id … --access-key-secret …` does).
   */
  start: 'first-run' | 'endpoint' | 'account';
}

interface Fixtures {
  sandbox: TestSandbox;
  preview: Preview;
  /** The app open in the page, from a fresh data directory. */
  app: Page;
}

export const test = base.extend<Options & Fixtures>({
  seed: ['empty', { option: true }],
  start: ['account', { option: true }],

  sandbox: async ({ seed }, use, testInfo) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wd-e2e-sandbox-'));
    const dataFile = path.join(dir, 'sandbox.json');
    let server: Sandbox | null = await startSandbox({ seed, dataFile });
    const { endpoint, port, accessKeyId, accessKeySecret } = server;
    const control = async <T>(method: string, route: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${endpoint}/_sandbox/${route}`, {
        method,
        ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`sandbox ${method} ${route} → ${response.status} ${text}`);
      return JSON.parse(text) as T;
    };
    await use({
      endpoint,
      accessKeyId,
      accessKeySecret,
      ticket: (id) => control('GET', `tickets/${encodeURIComponent(id)}`),
      engineerReply: (ticketId, content, status) =>
        control('POST', `tickets/${encodeURIComponent(ticketId)}/notes`, { content, ...(status ? { status } : {}) }),
      requests: (since = 0) => control('GET', `requests?since=${since}`),
      setFaults: (spec) => control('POST', 'faults', spec),
      async stop() {
        await server?.close();
        server = null;
      },
      async restart() {
        await server?.close();
        server = await startSandbox({ port, dataFile });
      },
    });
    await server?.close();
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('sandbox.json', { path: dataFile }).catch(() => {});
    }
    await rm(dir, { recursive: true, force: true });
  },

  preview: async ({ sandbox, start }, use, testInfo) => {
    const log: string[] = [];
    const line = (level: string) => (message: string, detail?: Record<string, unknown>) =>
      void log.push(`${level} ${message}${detail ? ` ${JSON.stringify(detail)}` : ''}`);
    const logger: Logger = { info: line('info'), warn: line('warn'), error: line('error') };
    const preview = await startPreview({
      logger,
      ...(start === 'first-run' ? {} : { demo: false as const }),
      ...(start === 'account'
        ? {
            account: {
              name: 'Sandbox',
              endpoint: sandbox.endpoint,
              accessKeyId: sandbox.accessKeyId,
              accessKeySecret: sandbox.accessKeySecret,
            },
          }
        : {}),
    });
    await use(preview);
    await preview.close();
    if (testInfo.status !== testInfo.expectedStatus && log.length > 0) {
      await testInfo.attach('core.log', { body: log.join('\n'), contentType: 'text/plain' });
    }
  },

  app: async ({ page, preview }, use) => {
    await recordNotifications(page);
    await page.goto(preview.url);
    await use(page);
  },
});

/**
 * Replaces window.Notification with a recorder (granted permission), so a test can count what the
 * app announced. Must run before the page loads.
 */
export async function recordNotifications(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls: { title: string; body: string; tag: string }[] = [];
    class RecordingNotification {
      static permission = 'granted';
      static requestPermission = () => Promise.resolve('granted');
      onclick: (() => void) | null = null;
      constructor(title: string, options: { body?: string; tag?: string } = {}) {
        calls.push({ title, body: options.body ?? '', tag: options.tag ?? '' });
      }
      close() {}
    }
    Object.assign(globalThis, { Notification: RecordingNotification, __notifications: calls });
  });
}

export function notificationsShown(page: Page): Promise<RecordedNotification[]> {
  return page.evaluate(() => (globalThis as unknown as { __notifications: RecordedNotification[] }).__notifications);
}

export { expect };
