import { CoreError, fail, ipcError, ok, type IpcResult } from '../../shared/errors';
import { channels, isChannel, type Channel, type Res } from '../../shared/ipc';
import { createAccountsModule } from './accounts/accounts-module';
import type { CoreContext, CoreModule, Handlers } from './core-module';
import { EventBus, type CoreEvents } from './event-bus';
import { systemClock, silentLogger, type CorePorts } from './ports';
import { openSettingsStore } from './settings/settings-store';
import type { NudgeReason } from './sync/sync-engine';
import { createTicketsModule } from './tickets/tickets-module';
import { describeSchemaError } from './validation';

export interface Core {
  /** Never rejects: every outcome, including bugs, comes back as an `IpcResult`. */
  handle<C extends Channel>(channel: C, request: unknown): Promise<IpcResult<Res<C>>>;
  handle(channel: string, request: unknown): Promise<IpcResult<unknown>>;
  events: CoreEvents;
  /** The desktop reports the network is back, the system resumed, or the window got focus: sync now. */
  nudge(reason: NudgeReason): void;
  close(): Promise<void>;
}

/** The one place the core is composed. Plain Node: the desktop arrives only through `ports`. */
export async function createCore(ports: CorePorts): Promise<Core> {
  const logger = ports.logger ?? silentLogger;
  const events = new EventBus((error) => logger.error('event listener failed', { error: String(error) }));
  const ctx: CoreContext = {
    ports,
    dataDir: ports.dataDir,
    events,
    clock: ports.clock ?? systemClock,
    logger,
    random: ports.random ?? Math.random,
    settings: await openSettingsStore(ports.dataDir, events, logger),
  };

  const accounts = await createAccountsModule(ctx);
  const tickets = await createTicketsModule(ctx, accounts.directory);
  const modules: CoreModule[] = [accounts, tickets];

  const handlers: Handlers = {
    'app.info': () => ({
      version: ports.appVersion ?? '0.0.0',
      platform: ports.platform ?? process.platform,
      demo: accounts.isDemo(),
      credentialBackend: ports.credentials.backend,
      activeAccountId: accounts.directory.active()?.id ?? null,
      warnings: [
        ...(ports.credentials.warning
          ? [{ code: 'credentials-session-only', message: ports.credentials.warning }]
          : []),
        ...accounts.warnings(),
      ],
    }),
    'settings.get': () => ctx.settings.get(),
    'settings.set': (patch) => ctx.settings.update(patch),
    ...accounts.handlers,
    ...tickets.handlers,
  };

  let closed: Promise<void> | undefined;

  async function handle(channel: string, request: unknown): Promise<IpcResult<unknown>> {
    if (closed) return fail(ipcError('internal', 'The app is shutting down.'));
    if (!isChannel(channel)) return fail(ipcError('invalid-request', `Unknown channel "${String(channel)}".`));
    const spec = channels[channel];
    const parsed = spec.request.safeParse(request);
    if (!parsed.success) return fail(describeSchemaError(parsed.error));
    const handler = handlers[channel] as ((req: unknown) => unknown) | undefined;
    if (!handler) return fail(ipcError('not-implemented', `"${channel}" is not available yet.`));
    try {
      const value = await handler(parsed.data);
      // Parsing the response strips anything the contract does not declare, so nothing private leaks.
      const checked = spec.response.safeParse(value);
      if (!checked.success) {
        logger.error('handler returned a value outside the contract', { channel, issues: checked.error.issues.length });
        return fail(ipcError('internal', 'Something went wrong inside the app. Please try again.'));
      }
      return ok(checked.data);
    } catch (error) {
      if (error instanceof CoreError) return fail(error.error);
      logger.error('handler failed', { channel, error: error instanceof Error ? error.message : String(error) });
      return fail(ipcError('internal', 'Something went wrong inside the app. Please try again.'));
    }
  }

  return {
    handle: handle as Core['handle'],
    events,
    nudge(reason) {
      if (!closed) tickets.nudge(reason);
    },
    close() {
      closed ??= (async () => {
        for (const module of [...modules].reverse()) {
          try {
            await module.close?.();
          } catch (error) {
            logger.error('module close failed', { error: String(error) });
          }
        }
        events.clear();
      })();
      return closed;
    },
  };
}
