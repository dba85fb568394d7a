import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { EVENT_NAMES } from '../../shared/ipc';
import type { Core } from '../core/core';
import type { Logger } from '../core/ports';
import type { InvokeMessage, ServerMessage } from './bridge-protocol';

/** Large enough for any contract request (10,000-character texts), small enough to refuse floods. */
const MAX_MESSAGE_BYTES = 1024 * 1024;

export interface SocketBridge {
  /** Completes an HTTP upgrade that the caller has already authorised. */
  accept(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): Promise<void>;
}

/**
 * The server half of the preview bridge: what ipcMain + webContents.send are in the desktop build.
 * Every call goes through core.handle, which validates it against the contract; every core event
 * goes to every connected page.
 */
export function createSocketBridge(core: Core, logger: Logger): SocketBridge {
  const server = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  server.on('connection', (socket: WebSocket) => {
    const send = (message: ServerMessage) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
    };
    const subscriptions = EVENT_NAMES.map((name) =>
      core.events.on(name, (payload) => send({ type: 'event', name, payload })),
    );
    socket.on('close', () => subscriptions.forEach((s) => s.dispose()));
    socket.on('error', (error) => logger.warn('preview socket error', { error: error.message }));
    socket.on('message', (data, isBinary) => {
      const message = isBinary ? null : parseInvoke(data.toString());
      if (!message) {
        socket.close(1003, 'Expected a JSON invoke message');
        return;
      }
      void core
        .handle(message.channel, message.request)
        .then((result) => send({ type: 'result', id: message.id, result }));
    });
  });

  return {
    accept(request, socket, head) {
      server.handleUpgrade(request, socket, head, (ws) => server.emit('connection', ws, request));
    },
    close() {
      for (const client of server.clients) client.terminate();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function parseInvoke(text: string): InvokeMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const { type, id, channel, request } = value as Record<string, unknown>;
  if (type !== 'invoke' || !Number.isSafeInteger(id) || typeof channel !== 'string') return null;
  return { type, id: id as number, channel, request };
}
