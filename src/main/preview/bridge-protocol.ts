import type { IpcResult } from '../../shared/errors';

/**
 * The messages the preview bridge exchanges over its WebSocket. Types only: the browser side is
 * served as a standalone script and must not pull runtime code from the server side.
 */

/** Page → server: one contract call; `id` pairs it with its answer. */
export interface InvokeMessage {
  type: 'invoke';
  id: number;
  channel: string;
  request?: unknown;
}

/** Server → page: the answer to an `invoke`, always an IpcResult envelope (core.handle never rejects). */
export interface ResultMessage {
  type: 'result';
  id: number;
  result: IpcResult<unknown>;
}

/** Server → page: a core event, forwarded as is. */
export interface EventMessage {
  type: 'event';
  name: string;
  payload: unknown;
}

export type ServerMessage = ResultMessage | EventMessage;

export const SOCKET_PATH = '/__preview/socket';
export const BRIDGE_SCRIPT_PATH = '/__preview/bridge.js';
