import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL } from '../shared/bridge-channels';
import { ipcError } from '../shared/errors';
import { isChannel, isEventName, type EventName, type WorkorderBridge } from '../shared/ipc';

/**
 * Instructions from the desktop shell (open a ticket from a notification, tray or deep link) can
 * arrive before the renderer has subscribed — e.g. when a link starts the app. The newest one of
 * each kind is held until a listener arrives; ordinary events are state changes the renderer
 * re-reads anyway, so they are not held.
 */
const HELD_EVENTS: ReadonlySet<EventName> = new Set<EventName>(['ui.openTicket', 'ui.compose']);
const held = new Map<EventName, unknown>();
const listening = new Map<EventName, number>();

ipcRenderer.on(EVENT_CHANNEL, (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
  if (isEventName(name) && HELD_EVENTS.has(name) && !listening.get(name)) held.set(name, payload);
});

/**
 * The renderer's only door to the app: `window.workorder`. It forwards contract channels and
 * refuses anything else before it reaches main (main validates again; this only fails fast).
 */
const bridge: WorkorderBridge = {
  invoke(channel, ...request) {
    if (!isChannel(channel)) {
      return Promise.resolve({
        ok: false,
        error: ipcError('invalid-request', `Unknown channel "${String(channel)}".`),
      });
    }
    return ipcRenderer.invoke(channel, request[0]);
  },
  on(event, listener) {
    if (!isEventName(event)) throw new Error(`Unknown event "${String(event)}"`);
    const deliver = listener as (p: unknown) => void;
    const wrapped = (_e: IpcRendererEvent, name: EventName, payload: unknown) => {
      if (name === event) deliver(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    listening.set(event, (listening.get(event) ?? 0) + 1);
    if (held.has(event)) {
      const payload = held.get(event);
      held.delete(event);
      // After `on` returns, so the caller has its unsubscribe function before the first call.
      queueMicrotask(() => deliver(payload));
    }
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      listening.set(event, (listening.get(event) ?? 1) - 1);
      ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('workorder', bridge);
