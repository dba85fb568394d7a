import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL } from '../shared/bridge-channels';
import { ipcError } from '../shared/errors';
import { isChannel, isEventName, type EventName, type WorkorderBridge } from '../shared/ipc';

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
    const wrapped = (_e: IpcRendererEvent, name: EventName, payload: unknown) => {
      if (name === event) (listener as (p: unknown) => void)(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
  },
};

contextBridge.exposeInMainWorld('workorder', bridge);
