import type { Channel, ParsedReq, Res } from '../../shared/ipc';
import type { EventBus } from './event-bus';
import type { Clock, CorePorts, Logger } from './ports';
import type { SettingsStore } from './settings/settings-store';

/** A handler gets the validated request; it throws `CoreError` for failures a person should see. */
export type Handler<C extends Channel> = (request: ParsedReq<C>) => Promise<Res<C>> | Res<C>;
export type Handlers = { [C in Channel]?: Handler<C> };

/** What every core service is built from; assembled once in `createCore`. */
export interface CoreContext {
  ports: CorePorts;
  dataDir: string;
  events: EventBus;
  clock: Clock;
  logger: Logger;
  random: () => number;
  settings: SettingsStore;
}

export interface CoreModule {
  handlers: Handlers;
  close?(): Promise<void> | void;
}
