import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { EVENT_CHANNEL } from '../../shared/bridge-channels';
import { fail, ipcError } from '../../shared/errors';
import { CHANNELS, EVENT_NAMES, type EventName, type EventPayload } from '../../shared/ipc';
import type { Core } from '../core/core';
import type { Disposable } from '../core/ports';
import { isTrustedIpcEvent } from './sender-policy';

/** The subset of `ipcMain` the shell uses; a type so tests can pass a double. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface TrustedRenderer {
  /** The URL our windows load; a sender's main frame must show it. */
  url(): string;
  /** webContents ids of the windows we created. */
  contentsIds: ReadonlySet<number>;
}

/**
 * Registers every contract channel. Each call is checked in order: trusted sender, then (inside the
 * core) the schema, then the handler; the answer is always an IpcResult envelope.
 */
export function registerIpc(ipcMain: IpcMainLike, core: Core, renderer: TrustedRenderer): Disposable {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, request) => {
      if (!isTrustedIpcEvent(event, renderer.contentsIds, renderer.url())) {
        return fail(ipcError('forbidden', 'This window is not allowed to use the app API.'));
      }
      return core.handle(channel, request);
    });
  }
  return { dispose: () => CHANNELS.forEach((c) => ipcMain.removeHandler(c)) };
}

/** Sends one contract event to the given windows (core events and the shell's own `ui.*`). */
export function sendEvent<E extends EventName>(
  targets: readonly WebContents[],
  name: E,
  payload: EventPayload<E>,
): void {
  for (const contents of targets) if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, name, payload);
}

/** Forwards every core event to the given windows. */
export function forwardEvents(core: Core, targets: () => WebContents[]): Disposable {
  const subscriptions = EVENT_NAMES.map((name) =>
    core.events.on(name, (payload) => sendEvent(targets(), name, payload)),
  );
  return { dispose: () => subscriptions.forEach((s) => s.dispose()) };
}
