import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ApiError, errorBody } from './api-error.js';
import type { AddressInfo } from 'node:net';
import { handleApi } from './api-handler.js';
import { AutoReplier } from './auto-reply.js';
import { ControlError, handleControl, type SandboxControl, type TicketView } from './control-api.js';
import { FaultInjector, parseFaultSpec } from './faults.js';
import { NonceStore } from './nonce-store.js';
import { readSnapshot, removeStaleTempFiles, SNAPSHOT_FORMAT, SnapshotWriter, type Snapshot } from './persistence.js';
import { generateCredentials } from './random.js';
import type { RequestLogEntry } from './request-log.js';
import { RequestLog } from './request-log.js';
import { TIMESTAMP_WINDOW_MS } from './authenticate.js';
import { loadTickets } from './seed-load.js';
import { demoTickets } from './seed-demo.js';
import { TicketStore } from './store.js';
import { TICKET_STATUSES, type FaultSpec, type RandomSource, type Ticket, type TicketStatus } from './types.js';

export type SeedSpec = 'demo' | 'empty' | { load: number };

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Both or neither; generated (and kept in `dataFile`) when absent. */
  accessKeyId?: string;
  accessKeySecret?: string;
  /** Persist state here; without it state lives in memory only. */
  dataFile?: string;
  /** Initial data when there is no data file yet. Default 'empty'. */
  seed?: SeedSpec;
  faults?: FaultSpec;
  /** A simulated engineer answers new tickets and user replies after this many seconds. */
  autoReplySeconds?: number;
  /** Millisecond clock (signature window, ticket times); tests pass a fake one. */
  now?: () => number;
  /** Random source for fault decisions; pass a seeded one for deterministic fault tests. */
  random?: RandomSource;
  /** Debounce of snapshot writes in ms (default 100). */
  writeDelayMs?: number;
}

export interface Sandbox {
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  port: number;
  /** Stops listening, cancels auto-replies and writes the final snapshot. Idempotent. */
  close(): Promise<void>;
  /** An official reply; status defaults to wait_feedback. Throws ControlError for unknown/closed tickets. */
  addEngineerReply(ticketId: string, content: string, status?: string): { noteId: string };
  setStatus(ticketId: string, status: string): void;
  getTicket(id: string): TicketView | undefined;
  setFaults(spec: FaultSpec): FaultSpec;
  clearFaults(): void;
  requests(since?: number): { next: number; requests: RequestLogEntry[] };
  /** Resolves once every change made before the call is on disk (no-op without dataFile). */
  flush(): Promise<void>;
}

/** UID of the emulated account (16 digits like a real Alibaba Cloud UID). */
const DEFAULT_ACCOUNT_ID = '5130462789104725';

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const now = options.now ?? Date.now;
  const host = options.host ?? '127.0.0.1';
  if ((options.accessKeyId === undefined) !== (options.accessKeySecret === undefined)) {
    throw new Error('startSandbox: give both accessKeyId and accessKeySecret, or neither');
  }

  let snapshot: Snapshot | null = null;
  if (options.dataFile) {
    await removeStaleTempFiles(options.dataFile);
    snapshot = await readSnapshot(options.dataFile);
  }
  const generated = snapshot ? null : generateCredentials();
  const accessKeyId = options.accessKeyId ?? snapshot?.accessKeyId ?? generated?.accessKeyId ?? '';
  const accessKeySecret = options.accessKeySecret ?? snapshot?.accessKeySecret ?? generated?.accessKeySecret ?? '';
  const accountId = snapshot?.accountId ?? DEFAULT_ACCOUNT_ID;

  const store = new TicketStore(Math.random);
  store.load(snapshot ? snapshot.tickets : seedTickets(options.seed ?? 'empty', now(), accountId));

  const serialize = (): string =>
    JSON.stringify({
      format: SNAPSHOT_FORMAT,
      version: 1,
      accessKeyId,
      accessKeySecret,
      accountId,
      tickets: [...store.all()],
    } satisfies Snapshot);
  const writer = options.dataFile
    ? new SnapshotWriter(options.dataFile, serialize, options.writeDelayMs ?? 100, (error) =>
        console.error('[sandbox] could not write the data file:', error),
      )
    : null;
  if (writer) {
    store.onChange(() => writer.markDirty());
    // A new data file gets the key and seed right away, so a restart finds them even if nothing changes.
    if (!snapshot || options.accessKeyId !== undefined) {
      writer.markDirty();
      await writer.flush();
    }
  }

  const faults = new FaultInjector(options.random ?? Math.random);
  if (options.faults) faults.set(validFaults(options.faults));
  const log = new RequestLog();
  const nowSeconds = (): number => Math.floor(now() / 1000);

  const engineerReply = (ticket: Ticket, content: string, status: TicketStatus): string =>
    store.addNote(ticket, { content, secretContent: '', fromOfficial: true, createdAt: nowSeconds() }, status).noteId;
  const autoReplier =
    options.autoReplySeconds !== undefined && options.autoReplySeconds >= 0
      ? new AutoReplier(options.autoReplySeconds * 1000, (ticket, content) =>
          engineerReply(ticket, content, 'wait_feedback'),
        )
      : null;

  const ticketOrThrow = (id: string): Ticket => {
    const ticket = store.get(id);
    if (!ticket) throw new ControlError(404, 'NotFound', `No ticket "${id}".`);
    return ticket;
  };

  const control: SandboxControl = {
    ticketCount: () => store.size,
    getTicket: (id) => {
      const ticket = store.get(id);
      return ticket ? viewOf(ticket) : undefined;
    },
    addEngineerReply: (ticketId, content, status) => {
      const ticket = ticketOrThrow(ticketId);
      if (ticket.status === 'confirmed') {
        throw new ControlError(
          409,
          'TicketClosed',
          `Ticket "${ticketId}" is closed; set its status first to reopen it.`,
        );
      }
      return { noteId: engineerReply(ticket, content, parseStatus(status ?? 'wait_feedback')) };
    },
    setStatus: (ticketId, status) => store.setStatus(ticketOrThrow(ticketId), parseStatus(status)),
    getFaults: () => faults.current(),
    setFaults: (spec) => {
      faults.set(validFaults(spec));
      return faults.current();
    },
    clearFaults: () => faults.clear(),
    requests: (since) => log.since(since),
    flush: async () => {
      if (writer) await writer.flush();
    },
  };

  const apiDeps = {
    store,
    nonces: new NonceStore(TIMESTAMP_WINDOW_MS),
    faults,
    log,
    now,
    accountId,
    lookupSecret: (id: string) => (id === accessKeyId ? accessKeySecret : undefined),
    onUserActivity: (ticket: Ticket) => autoReplier?.schedule(ticket),
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const done = (req.url ?? '').startsWith('/_sandbox/')
      ? handleControl(req, res, control)
      : handleApi(req, res, apiDeps);
    done.catch((error: unknown) => {
      console.error('[sandbox] request failed:', error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  // Broken HTTP (not just bad parameters) still gets a gateway-style answer instead of a silent hang-up.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const apiError = tooLarge
      ? new ApiError(
          431,
          'RequestHeaderTooLarge',
          'The request line and headers exceed 16 KiB; send long parameters in a POST form body.',
        )
      : new ApiError(400, 'MalformedRequest', 'The request is not valid HTTP/1.1.');
    const body = JSON.stringify(errorBody(randomUUID().toUpperCase(), apiError));
    socket.end(
      `HTTP/1.1 ${apiError.httpStatus} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        `content-type: application/json;charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      autoReplier?.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      if (writer) await writer.close();
    })();
    return closing;
  };

  return {
    endpoint: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    accessKeyId,
    accessKeySecret,
    port,
    close,
    addEngineerReply: control.addEngineerReply,
    setStatus: control.setStatus,
    getTicket: control.getTicket,
    setFaults: (spec) => control.setFaults(spec),
    clearFaults: control.clearFaults,
    requests: control.requests,
    flush: control.flush,
  };
}

function seedTickets(seed: SeedSpec, nowMs: number, accountId: string): Ticket[] {
  if (seed === 'empty') return [];
  if (seed === 'demo') return demoTickets(nowMs, accountId);
  return loadTickets(seed.load, nowMs, accountId);
}

function validFaults(spec: unknown): FaultSpec {
  const parsed = parseFaultSpec(spec);
  if (!parsed.ok) throw new ControlError(400, 'BadRequest', parsed.reason);
  return parsed.spec;
}

function parseStatus(status: string): TicketStatus {
  const found = TICKET_STATUSES.find((s) => s === status);
  if (!found) throw new ControlError(400, 'BadRequest', `status must be one of ${TICKET_STATUSES.join(', ')}`);
  return found;
}

function viewOf(t: Ticket): TicketView {
  return {
    id: t.id,
    title: t.title,
    status: t.status,
    productCode: t.productCode,
    category: t.category,
    content: t.content,
    secretContent: t.secretContent,
    email: t.email,
    phone: t.phone,
    notifyTimeRange: t.notifyTimeRange,
    language: t.language,
    createdAt: t.createdAt,
    notes: [...t.notes]
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((n) => ({
        noteId: n.noteId,
        content: n.content,
        secretContent: n.secretContent,
        fromOfficial: n.fromOfficial,
        createdAt: n.createdAt,
      })),
  };
}
