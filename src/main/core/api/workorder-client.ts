import http from 'node:http';
import https from 'node:https';
import RPCClient from '@alicloud/pop-core';
import type { z } from 'zod';
import { DEFAULT_ENDPOINT, type ProductCatalog, type UiLanguage } from '../../../shared/domain';
import { ipcError } from '../../../shared/errors';
import { groupOfState } from '../../../shared/ticket-states';
import { apiError, mapServiceFailure, mapTransportFailure, parseRetryAfter, unusableResponse } from './error-mapping';
import { DEFAULT_RETRY_POLICY, withRetry, type RetryPolicy } from './retry-policy';
import {
  createTicketData,
  envelopeSchema,
  listCategoriesData,
  listProductsData,
  listTicketNotesData,
  listTicketsData,
  type WireProduct,
} from './wire-schemas';
import type { ApiError } from './workorder-api';
import { type ApiNote, type CallOutcome, type WorkorderApi } from './workorder-api';

export const API_VERSION = '2020-03-26';
export const DEFAULT_TIMEOUT_MS = 10_000;

export interface WorkorderClientOptions {
  /** Defaults to https://workorder.aliyuncs.com; http:// is accepted for the local sandbox. */
  endpoint?: string;
  accessKeyId: string;
  accessKeySecret: string;
  /** Connect and read timeout per attempt. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Waits between read retries; inject to run retries without real time passing. */
  sleep?: (ms: number) => Promise<void>;
  /** Jitter source in [0, 1). */
  random?: () => number;
}

/** The 2020-03-26 adapter. `close` drops its pooled connections; later calls fail as offline. */
export interface WorkorderClient extends WorkorderApi {
  readonly endpoint: string;
  close(): void;
}

/** What pop-core resolves with in verbose mode: the parsed body and the HTTP exchange. */
interface PopEntry {
  response?: { statusCode?: number; headers?: Record<string, unknown> };
}
interface PopRpc {
  request(action: string, params: Record<string, string | number>, options: object): Promise<[unknown, PopEntry]>;
}
/** pop-core's typings omit the constructor's `verbose` flag, which is the only way to see the HTTP status. */
type PopRpcConstructor = new (config: RPCClient.Config, verbose: boolean) => PopRpc;

/** The API's Language values (spec §2.0); the UI says "ja" for Japanese, the API "jp". */
const API_LANGUAGE: Readonly<Record<UiLanguage, string>> = { en: 'en', zh: 'zh', ja: 'jp' };

type Params = Record<string, string | number | undefined>;

export function createWorkorderClient(options: WorkorderClientOptions): WorkorderClient {
  const endpoint = (options.endpoint ?? DEFAULT_ENDPOINT).replace(/\/+$/, '');
  const secret = options.accessKeySecret;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const retryDeps = {
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
  };
  // Our own keep-alive agent, so close() can drop pooled sockets (pop-core keeps its agent private).
  const agent = endpoint.startsWith('https:')
    ? new https.Agent({ keepAlive: true, maxSockets: 4 })
    : new http.Agent({ keepAlive: true, maxSockets: 4 });
  const pop = new (RPCClient as unknown as PopRpcConstructor)(
    { endpoint, apiVersion: API_VERSION, accessKeyId: options.accessKeyId, accessKeySecret: secret },
    true,
  );
  let closed = false;
  /** Reset/timeout failures; a refused connection or unknown host is not retried (the sync loop polls again). */
  const transientFailures = new WeakSet<ApiError>();
  const isTransient = (error: ApiError): boolean =>
    error.error.code === 'throttled' || error.error.code === 'server' || transientFailures.has(error);

  /** One HTTP exchange: returns the envelope-checked body, or throws a mapped ApiError. */
  async function send(action: string, params: Params, write: boolean): Promise<Record<string, unknown>> {
    if (closed) throw apiError(ipcError('offline', 'This account connection was closed.'), 'not-applied', secret);
    const defined: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(params)) if (value !== undefined) defined[key] = value;
    let json: unknown;
    let entry: PopEntry;
    try {
      // POST puts every parameter, the signature included, in the form body instead of the URL.
      [json, entry] = await pop.request(action, defined, { method: 'POST', timeout: timeoutMs, agent });
    } catch (error) {
      throw mapRejection(error, write);
    }
    const envelope = envelopeSchema.safeParse(json);
    const status = entry.response?.statusCode ?? 200;
    if (!envelope.success) {
      throw apiError(unusableResponse('a response'), write ? 'unknown' : 'not-applied', secret);
    }
    const { RequestId: requestId, Code: code, Success: success, Message: message } = envelope.data;
    // pop-core ignores the HTTP status: a 5xx (or Success:false) without an error Code still resolves.
    if (status >= 400 || success === false) {
      const named = code !== undefined && code !== 200 && code !== '200' && code !== '';
      const failure = mapServiceFailure({
        code: named ? String(code) : `HTTP${status}`,
        message: message ?? '',
        // A Success:false inside a 2xx is the service failing, not our request being wrong.
        ...(status >= 400 ? { httpStatus: status } : {}),
        ...(requestId ? { requestId } : {}),
      });
      throw apiError(failure, 'not-applied', secret);
    }
    return json as Record<string, unknown>;
  }

  function mapRejection(error: unknown, write: boolean): ApiError {
    const serviceCode = (error as { code?: unknown }).code;
    const body = (error as { data?: unknown }).data;
    if (typeof serviceCode === 'string' && body && typeof body === 'object') {
      const entry = (error as { entry?: PopEntry }).entry;
      const data = body as { Message?: unknown; RequestId?: unknown };
      const retryAfterSec = parseRetryAfter(entry?.response?.headers?.['x-acs-retry-after']);
      const failure = mapServiceFailure({
        code: serviceCode,
        message: typeof data.Message === 'string' ? data.Message : '',
        ...(typeof data.RequestId === 'string' ? { requestId: data.RequestId } : {}),
        ...(entry?.response?.statusCode !== undefined ? { httpStatus: entry.response.statusCode } : {}),
        ...(retryAfterSec !== undefined ? { retryAfterSec } : {}),
      });
      return apiError(failure, 'not-applied', secret, retryAfterSec);
    }
    const transport = mapTransportFailure(error, endpoint);
    if (transport) {
      const result = apiError(transport.error, transport.outcome, secret);
      if (transport.transient) transientFailures.add(result);
      return result;
    }
    // A body that is not JSON (an HTML error page from a proxy) or anything unforeseen. A proxy may
    // have forwarded the request before failing, so a write's fate is unknown.
    const outcome: CallOutcome = write ? 'unknown' : 'not-applied';
    return apiError(unusableResponse(isParseError(error) ? 'a page' : 'a reply'), outcome, secret);
  }

  async function read<S extends z.ZodType>(action: string, params: Params, schema: S): Promise<z.output<S>> {
    return withRetry(
      async () => {
        const json = await send(action, params, false);
        return parseData(json, schema, 'not-applied');
      },
      policy,
      retryDeps,
      isTransient,
    );
  }

  async function write(action: string, params: Params): Promise<Record<string, unknown>> {
    return send(action, params, true);
  }

  function parseData<S extends z.ZodType>(json: Record<string, unknown>, schema: S, outcome: CallOutcome): z.output<S> {
    const parsed = schema.safeParse(json.Data);
    if (!parsed.success) {
      const requestId = typeof json.RequestId === 'string' ? json.RequestId : undefined;
      throw apiError(unusableResponse('data', requestId), outcome, secret);
    }
    return parsed.data;
  }

  return {
    endpoint,

    async listProducts(language): Promise<ProductCatalog> {
      const data = await read('ListProducts', { Language: API_LANGUAGE[language] }, listProductsData);
      return {
        hotConsultation: data.HotConsultation.map(product),
        consultationMore: data.ConsultationMore.map(product),
        hotTech: data.HotTech.map(product),
        techMore: data.TechMore.map((g) => ({ groupName: g.GroupName, products: g.ProductList.map(product) })),
      };
    },

    async listCategories(productCode, language) {
      const data = await read(
        'ListCategories',
        { ProductCode: productCode, Language: API_LANGUAGE[language] },
        listCategoriesData,
      );
      return data.List.map((c) => ({ id: String(c.Id), name: c.Name }));
    },

    async listTickets(query) {
      const data = await read(
        'ListTickets',
        {
          Ids: query.ids && query.ids.length > 0 ? query.ids.join(',') : undefined,
          ProductCode: query.productCode,
          // The API stores whole seconds; round inwards so the ms bounds stay inclusive and exact.
          CreatedAfterTime: query.createdAfter !== undefined ? Math.ceil(query.createdAfter / 1000) : undefined,
          CreatedBeforeTime: query.createdBefore !== undefined ? Math.floor(query.createdBefore / 1000) : undefined,
          TicketStatus: query.states && query.states.length > 0 ? query.states.join(',') : undefined,
          PageSize: query.pageSize,
          PageStart: query.page,
        },
        listTicketsData,
      );
      return {
        rows: data.List.map((t) => ({
          id: t.Id,
          title: t.Title,
          state: t.TicketStatus,
          group: groupOfState(t.TicketStatus),
          createdAt: t.AddTime * 1000,
          creatorId: t.CreatorId,
        })),
        total: data.Total,
        page: data.CurrentPage,
        pageSize: data.PageSize,
      };
    },

    async listTicketNotes(ticketId) {
      const data = await read('ListTicketNotes', { TicketId: ticketId }, listTicketNotesData);
      const notes: ApiNote[] = data.List.map((n) => ({
        id: n.NoteId,
        content: n.Content,
        fromOfficial: n.FromOfficial,
        createdAt: n.GmtCreated * 1000,
      }));
      // The order is undocumented (spec §8.3); oldest first, stable for notes of the same second.
      return notes.sort((a, b) => a.createdAt - b.createdAt);
    },

    async createTicket(input) {
      const json = await write('CreateTicket', {
        ProductCode: input.productCode,
        Category: input.categoryId,
        Title: input.title,
        Content: input.content,
        SecretContent: input.secretContent ? input.secretContent : undefined,
        Email: input.email,
        Phone: input.phone ? input.phone : undefined,
        NotifyTimeRange: input.notifyTimeRange,
        Language: API_LANGUAGE[input.language],
      });
      // The ticket exists on the server even if its id came back unreadable.
      return parseData(json, createTicketData, 'unknown');
    },

    async replyTicket(ticketId, content, secretContent) {
      await write('ReplyTicket', {
        TicketId: ticketId,
        Content: content,
        SecretContent: secretContent ? secretContent : undefined,
      });
    },

    async closeTicket(ticketId) {
      await write('CloseTicket', { TicketId: ticketId });
    },

    close() {
      closed = true;
      agent.destroy();
    },
  };
}

function product(p: WireProduct): ProductCatalog['hotTech'][number] {
  return { code: p.ProductCode, name: p.Name, description: p.Description ?? '' };
}

/** json-bigint rejects a non-JSON body with a plain `{ name: 'SyntaxError' }` object, not an Error. */
function isParseError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'SyntaxError';
}
