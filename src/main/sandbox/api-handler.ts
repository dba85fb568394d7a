import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ACTIONS, API_VERSION } from './actions.js';
import { ApiError, errorBody } from './api-error.js';
import { authenticate, signatureKindOf, type SignatureKind } from './authenticate.js';
import type { FaultInjector } from './faults.js';
import {
  actionNotFound,
  apiNotFound,
  invalidParameter,
  invalidVersion,
  missingParameter,
  throttled,
  unsupportedMediaType,
  unsupportedMethod,
} from './gateway-errors.js';
import { readBody, send } from './http-io.js';
import type { NonceStore } from './nonce-store.js';
import { mergeParams, parseUrlEncoded, type Params } from './params.js';
import type { RequestLog } from './request-log.js';
import { systemError } from './service-errors.js';
import type { TicketStore } from './store.js';
import type { Ticket } from './types.js';
import { toXml } from './xml.js';

export interface ApiDeps {
  store: TicketStore;
  nonces: NonceStore;
  faults: FaultInjector;
  log: RequestLog;
  now: () => number;
  accountId: string;
  lookupSecret(accessKeyId: string): string | undefined;
  onUserActivity(ticket: Ticket): void;
}

type Format = 'JSON' | 'XML';

/** Mutable facts about the call, filled in as the pipeline learns them, for the response and the log. */
interface CallState {
  requestId: string;
  format: Format;
  action: string;
  signature: SignatureKind;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One RPC call: parse → route (Version, Action) → authenticate → faults → action → respond.
 * Every failure becomes a gateway-style error body; unexpected exceptions become System.error without
 * any internals in the body.
 */
export async function handleApi(req: IncomingMessage, res: ServerResponse, deps: ApiDeps): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const state: CallState = {
    requestId: randomUUID().toUpperCase(),
    format: 'JSON',
    action: headerString(req, 'x-acs-action'),
    signature: signatureKindOf(req.headers),
  };
  const record = (httpStatus: number, code: string): void => {
    deps.log.record({ action: state.action, method, signature: state.signature, httpStatus, code });
  };
  try {
    const result = await runCall(req, method, state, deps);
    if (result.drop) {
      record(0, result.drop);
      req.socket.destroy();
      return;
    }
    respond(res, state, 200, successBody(state, result.data, result.codeAsString === true));
    record(200, '200');
  } catch (error) {
    const apiError = error instanceof ApiError ? error : unexpected(error);
    // An unread oversized body would poison a kept-alive connection, so that answer closes it.
    const extra: Record<string, string> = apiError.httpStatus === 413 ? { connection: 'close' } : {};
    respond(res, state, apiError.httpStatus, errorBody(state.requestId, apiError), { ...apiError.headers, ...extra });
    record(apiError.httpStatus, apiError.code);
  }
}

interface CallResult {
  data?: unknown;
  codeAsString?: boolean;
  /** Set when a fault drops the connection instead of answering; the value is the log code. */
  drop?: 'Fault.Reset' | 'Fault.CommitThenDrop';
}

async function runCall(req: IncomingMessage, method: string, state: CallState, deps: ApiDeps): Promise<CallResult> {
  if (method !== 'GET' && method !== 'POST') throw unsupportedMethod(method);
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const rawQuery = q === -1 ? '' : url.slice(q + 1);
  if (path !== '/') throw apiNotFound();
  const body = await readBody(req);
  const query = parseUrlEncoded(rawQuery, 'the query string');
  let bodyPairs: Array<[string, string]> = [];
  if (body.length > 0) {
    const contentType = headerString(req, 'content-type').split(';')[0]?.trim().toLowerCase() ?? '';
    if (contentType !== 'application/x-www-form-urlencoded') throw unsupportedMediaType(contentType || '(none)');
    bodyPairs = parseUrlEncoded(body.toString('utf8'), 'the request body');
  }
  const params = mergeParams(query, bodyPairs);
  state.format = formatOf(params);

  // ACS3 signs Action/Version as x-acs-* headers; v1 signs them as parameters (pop-core also sends the
  // headers, unsigned, so they must not count there).
  const acs3 = state.signature === 'acs3';
  state.action = (acs3 ? headerString(req, 'x-acs-action') || params.Action : params.Action) ?? '';
  const version = (acs3 ? headerString(req, 'x-acs-version') || params.Version : params.Version) ?? '';
  if (!state.action) throw missingParameter('Action');
  if (!version) throw missingParameter('Version');
  if (version !== API_VERSION) throw invalidVersion(version);
  const handler = ACTIONS[state.action];
  if (!handler) throw actionNotFound(state.action);

  authenticate(
    { method, path, headers: req.headers, query, params, body },
    {
      lookupSecret: deps.lookupSecret,
      nonces: deps.nonces,
      nowMs: deps.now(),
    },
  );

  const latency = deps.faults.latencyFor(state.action);
  if (latency > 0) await sleep(latency);
  const before = deps.faults.before(state.action);
  if (before === 'reset') return { drop: 'Fault.Reset' };
  if (before === 'throttle') throw throttled(1);
  if (before === 'error') throw systemError();

  const result = handler({
    params,
    store: deps.store,
    nowMs: deps.now(),
    accountId: deps.accountId,
    onUserActivity: deps.onUserActivity,
  });
  return deps.faults.after(state.action) === 'commitThenDrop' ? { drop: 'Fault.CommitThenDrop' } : result;
}

function formatOf(params: Params): Format {
  const raw = params.Format;
  // Absent Format: the docs say XML, but every SDK sends JSON or nothing (ACS3); JSON is what clients expect.
  if (raw === undefined || raw === '') return 'JSON';
  const upper = raw.toUpperCase();
  if (upper === 'JSON' || upper === 'XML') return upper;
  throw invalidParameter('Format', 'Use JSON or XML.');
}

function successBody(state: CallState, data: unknown, codeAsString: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {
    RequestId: state.requestId,
    Code: codeAsString ? '200' : 200,
    Success: true,
    Message: 'success',
  };
  if (data !== undefined) body.Data = data;
  return body;
}

function respond(
  res: ServerResponse,
  state: CallState,
  status: number,
  body: Record<string, unknown>,
  headers: Readonly<Record<string, string>> = {},
): void {
  const allHeaders = { ...headers, 'x-acs-request-id': state.requestId };
  if (state.format === 'XML') {
    const root = status === 200 ? `${state.action}Response` : 'Error';
    send(res, status, toXml(root, body), 'text/xml;charset=utf-8', allHeaders);
  } else {
    send(res, status, JSON.stringify(body), 'application/json;charset=utf-8', allHeaders);
  }
}

function unexpected(error: unknown): ApiError {
  // The stack goes to the operator's terminal, never to the client.
  console.error('[sandbox] unexpected error:', error);
  return systemError();
}

function headerString(req: IncomingMessage, name: string): string {
  const raw = req.headers[name];
  return Array.isArray(raw) ? raw.join(',') : (raw ?? '');
}
