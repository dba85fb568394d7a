import type { IpcError, IpcResult } from '../../shared/errors';
import type { NotifyPayload, WorkorderBridge } from '../../shared/ipc';
import type { InvokeMessage, ServerMessage } from './bridge-protocol';

/**
 * The browser implementation of `window.workorder` for the web preview: the same WorkorderBridge
 * the Electron preload exposes, carried over a loopback WebSocket instead of Electron IPC.
 *
 * This file is served to the page as a standalone script (bridge-script.ts strips the types), so
 * it may only have type imports. The server validates every request against the contract, exactly
 * as the desktop main process does; the checks here only fail fast.
 */

export interface PreviewBridgeConfig {
  /** ws://127.0.0.1:PORT/__preview/socket?token=… */
  socketUrl: string;
  channels: readonly string[];
  events: readonly string[];
}

/** What the bridge needs from its environment; the page passes its globals, unit tests pass doubles. */
export interface PreviewBridgeEnv {
  WebSocket: new (url: string) => WebSocketLike;
  /** Shows a core `notify` event to the user (in the page: a Web Notification); `open` shows its ticket. */
  notify(payload: NotifyPayload, open: () => void): void;
  setTimeout(fn: () => void, ms: number): unknown;
}

/** The part of the browser WebSocket API the bridge uses (the `ws` package has it too). */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'close' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

const CONNECTING = 0;
const OPEN = 1;
const MAX_RECONNECT_DELAY_MS = 5_000;

const connectionLost = (): IpcError => ({
  code: 'internal',
  message: 'Lost the connection to the preview server. Reload the page if this keeps happening.',
  retryable: true,
});

export function createPreviewBridge(config: PreviewBridgeConfig, env: PreviewBridgeEnv): WorkorderBridge {
  const pending = new Map<number, (result: IpcResult<unknown>) => void>();
  /** Calls made while the socket is connecting; sent when it opens, failed if it closes instead. */
  let queued: InvokeMessage[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let socket: WebSocketLike;
  let reconnectDelay = 250;

  function connect(): void {
    socket = new env.WebSocket(config.socketUrl);
    socket.addEventListener('open', () => {
      reconnectDelay = 250;
      const toSend = queued;
      queued = [];
      for (const message of toSend) socket.send(JSON.stringify(message));
    });
    socket.addEventListener('message', (event) => {
      if (typeof event.data === 'string') receive(event.data);
    });
    // An error is always followed by close, which does the clean-up; listening keeps it from being "unhandled".
    socket.addEventListener('error', () => {});
    socket.addEventListener('close', () => {
      // Nobody will answer what was in flight; say so instead of leaving promises hanging.
      const waiting = [...pending.values()];
      pending.clear();
      queued = [];
      for (const resolve of waiting) resolve({ ok: false, error: connectionLost() });
      env.setTimeout(connect, reconnectDelay);
      reconnectDelay = Math.min(reconnectDelay * 2, MAX_RECONNECT_DELAY_MS);
    });
  }

  function receive(data: string): void {
    let message: ServerMessage;
    try {
      message = JSON.parse(data) as ServerMessage;
    } catch {
      return;
    }
    if (message.type === 'result') {
      const resolve = pending.get(message.id);
      pending.delete(message.id);
      resolve?.(message.result);
    } else if (message.type === 'event') {
      dispatch(message.name, message.payload);
      if (message.name === 'notify') announce(message.payload as NotifyPayload);
    }
  }

  function dispatch(name: string, payload: unknown): void {
    for (const listener of [...(listeners.get(name) ?? [])]) listener(payload);
  }

  /** What the desktop shell does with `notify`: never the user's own replies; a click opens the ticket. */
  function announce(payload: NotifyPayload): void {
    if (payload.fromOfficial === false) return;
    env.notify(payload, () => dispatch('ui.openTicket', { ticketId: payload.ticketId }));
  }

  connect();

  const bridge: WorkorderBridge = {
    invoke(channel, ...request) {
      if (!config.channels.includes(channel)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'invalid-request', message: `Unknown channel "${String(channel)}".`, retryable: false },
        });
      }
      if (socket.readyState !== OPEN && socket.readyState !== CONNECTING) {
        // Between a lost connection and the next attempt: say so now rather than wait for it.
        return Promise.resolve({ ok: false, error: connectionLost() });
      }
      const message: InvokeMessage = { type: 'invoke', id: nextId++, channel, request: request[0] };
      return new Promise((resolve) => {
        pending.set(message.id, resolve as (result: IpcResult<unknown>) => void);
        if (socket.readyState === OPEN) socket.send(JSON.stringify(message));
        else queued.push(message);
      });
    },
    on(event, listener) {
      if (!config.events.includes(event)) throw new Error(`Unknown event "${String(event)}"`);
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      const entry = listener as (payload: unknown) => void;
      set.add(entry);
      return () => void set.delete(entry);
    },
  };
  return bridge;
}

/** The slice of the Web Notifications API used here; the node tsconfig has no DOM types. */
interface WebNotificationClass {
  new (title: string, options: { body: string; tag: string }): { onclick: (() => void) | null };
  readonly permission: 'default' | 'granted' | 'denied';
  requestPermission(): Promise<'default' | 'granted' | 'denied'>;
}

interface PageGlobals {
  Notification?: WebNotificationClass;
  WebSocket: PreviewBridgeEnv['WebSocket'];
  focus?: () => void;
}

/** Turns a core `notify` event into a Web Notification, asking for permission the first time. */
export function showWebNotification(payload: NotifyPayload, open: () => void, page: PageGlobals): void {
  const WebNotification = page.Notification;
  if (!WebNotification) return;
  const show = () => {
    const notification = new WebNotification(payload.title, { body: payload.body, tag: payload.ticketId });
    notification.onclick = () => {
      page.focus?.();
      open();
    };
  };
  if (WebNotification.permission === 'granted') show();
  else if (WebNotification.permission === 'default') {
    void WebNotification.requestPermission().then((permission) => {
      if (permission === 'granted') show();
    });
  }
}

/** Entry point of the served script: defines `window.workorder` before the app bundle runs. */
export function installPreviewBridge(config: PreviewBridgeConfig): void {
  const page = globalThis as unknown as PageGlobals;
  const bridge = createPreviewBridge(config, {
    WebSocket: page.WebSocket,
    notify: (payload, open) => showWebNotification(payload, open, page),
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  });
  // Read-only, like the property contextBridge defines in the desktop build.
  Object.defineProperty(globalThis, 'workorder', { value: Object.freeze(bridge), enumerable: true });
}
