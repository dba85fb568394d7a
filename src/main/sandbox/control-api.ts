import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from './api-error.js';
import { readBody, sendJson } from './http-io.js';
import type { RequestLogEntry } from './request-log.js';
import type { FaultSpec } from './types.js';

/** `GET /_sandbox/tickets/{id}` shape (architecture §4); times in epoch seconds. */
export interface TicketView {
  id: string;
  title: string;
  status: string;
  productCode: string;
  category: string;
  content: string;
  secretContent: string;
  email: string;
  phone: string;
  notifyTimeRange: string;
  language: string;
  createdAt: number;
  notes: Array<{ noteId: string; content: string; secretContent: string; fromOfficial: boolean; createdAt: number }>;
}

/** What the control API needs from the sandbox; sandbox.ts implements it with the same helpers it exports. */
export interface SandboxControl {
  ticketCount(): number;
  getTicket(id: string): TicketView | undefined;
  addEngineerReply(ticketId: string, content: string, status?: string): { noteId: string };
  setStatus(ticketId: string, status: string): void;
  getFaults(): FaultSpec;
  setFaults(spec: unknown): FaultSpec;
  clearFaults(): void;
  requests(since?: number): { next: number; requests: RequestLogEntry[] };
  flush(): Promise<void>;
}

/** Control errors use a small body of their own: they are for tests, not something a real client sees. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Only the local machine may steer the sandbox, even when it listens on 0.0.0.0. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

export async function handleControl(req: IncomingMessage, res: ServerResponse, control: SandboxControl): Promise<void> {
  try {
    if (!isLoopback(req.socket.remoteAddress))
      throw new ControlError(403, 'Forbidden', 'The control API only answers loopback clients.');
    const url = new URL(req.url ?? '/', 'http://sandbox.local');
    const parts = url.pathname
      .split('/')
      .filter((p) => p !== '')
      .slice(1)
      .map(decodeSegment);
    const method = (req.method ?? 'GET').toUpperCase();
    const route = `${method} ${parts[0] ?? ''}${parts.length > 2 ? '/' + parts[2] : ''}`;
    const body = method === 'POST' ? await jsonBody(req) : undefined;
    const id = parts[1] ?? '';
    switch (route) {
      case 'GET health':
        return sendJson(res, 200, { ok: true, version: '2020-03-26', tickets: control.ticketCount() });
      case 'GET tickets': {
        const ticket = parts.length === 2 ? control.getTicket(id) : undefined;
        if (!ticket) throw new ControlError(404, 'NotFound', `No ticket "${id}".`);
        return sendJson(res, 200, ticket);
      }
      case 'POST tickets/notes': {
        const content = field(body, 'content');
        if (typeof content !== 'string' || content.trim() === '')
          throw badRequest('content must be a non-empty string');
        const status = field(body, 'status');
        if (status !== undefined && typeof status !== 'string') throw badRequest('status must be a string');
        return sendJson(res, 200, control.addEngineerReply(id, content, status));
      }
      case 'POST tickets/status': {
        const status = field(body, 'status');
        if (typeof status !== 'string') throw badRequest('status must be a string');
        control.setStatus(id, status);
        return sendJson(res, 200, { id, status });
      }
      case 'GET faults':
        return sendJson(res, 200, control.getFaults());
      case 'POST faults':
        return sendJson(res, 200, control.setFaults(body));
      case 'DELETE faults':
        control.clearFaults();
        return sendJson(res, 200, {});
      case 'GET requests': {
        const since = url.searchParams.get('since') ?? '0';
        if (!/^\d+$/.test(since)) throw badRequest('since must be a non-negative integer');
        return sendJson(res, 200, control.requests(Number(since)));
      }
      case 'POST flush':
        await control.flush();
        return sendJson(res, 200, { ok: true });
      default:
        throw new ControlError(404, 'NotFound', `No control route ${method} ${url.pathname}.`);
    }
  } catch (error) {
    if (error instanceof ControlError) return sendJson(res, error.status, { code: error.code, message: error.message });
    if (error instanceof ApiError) return sendJson(res, error.httpStatus, { code: error.code, message: error.message });
    console.error('[sandbox] control API error:', error);
    return sendJson(res, 500, { code: 'InternalError', message: 'The control request failed; see the sandbox log.' });
  }
}

const badRequest = (message: string): ControlError => new ControlError(400, 'BadRequest', message);

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badRequest('malformed percent-encoding in the path');
  }
}

function field(body: unknown, name: string): unknown {
  return body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
}

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const raw = (await readBody(req)).toString('utf8');
  if (raw.trim() === '') return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw badRequest('the body is not valid JSON');
  }
}
