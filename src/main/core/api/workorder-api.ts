import type { Category, NotifyTimeRange, ProductCatalog, UiLanguage } from '../../../shared/domain';
import type { IpcError } from '../../../shared/errors';
import type { TicketGroup } from '../../../shared/ticket-states';

/**
 * The API as the rest of the core sees it: normalised, version-neutral shapes (times in epoch ms,
 * ids as strings). `WorkorderClient` adapts 2020-03-26 to it; nothing outside core/api sees wire shapes.
 */

export interface ApiTicket {
  id: string;
  title: string;
  state: string;
  group: TicketGroup;
  createdAt: number;
  creatorId: string;
}

export interface ApiNote {
  id: string;
  content: string;
  fromOfficial: boolean;
  createdAt: number;
}

export interface ListTicketsQuery {
  ids?: string[];
  productCode?: string;
  /** Epoch ms; the adapter converts to the API's seconds. */
  createdAfter?: number;
  createdBefore?: number;
  /** Raw states or documented filter values. */
  states?: string[];
  /** 1..100 */
  pageSize?: number;
  /** 1-based */
  page?: number;
}

export interface TicketPage {
  rows: ApiTicket[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CreateTicketInput {
  productCode: string;
  categoryId: string;
  title: string;
  content: string;
  secretContent?: string;
  email: string;
  phone?: string;
  notifyTimeRange: NotifyTimeRange;
  language: UiLanguage;
}

export interface WorkorderApi {
  listProducts(language: UiLanguage): Promise<ProductCatalog>;
  listCategories(productCode: string, language: UiLanguage): Promise<Category[]>;
  listTickets(query: ListTicketsQuery): Promise<TicketPage>;
  listTicketNotes(ticketId: string): Promise<ApiNote[]>;
  /** Resolves to the new ticket's id. Never retried internally. */
  createTicket(input: CreateTicketInput): Promise<string>;
  replyTicket(ticketId: string, content: string, secretContent?: string): Promise<void>;
  closeTicket(ticketId: string): Promise<void>;
}

/**
 * How sure we are about what happened to a failed call. `unknown` means the request may have
 * reached the server (timeout, dropped connection): a write must be read back before it is resent.
 */
export type CallOutcome = 'not-applied' | 'unknown';

export class ApiError extends Error {
  readonly error: IpcError;
  readonly outcome: CallOutcome;
  /** Seconds the server asked us to wait (x-acs-retry-after), when it said so. */
  readonly retryAfterSec?: number;

  constructor(error: IpcError, outcome: CallOutcome, retryAfterSec?: number) {
    super(error.message);
    this.name = 'ApiError';
    this.error = error;
    this.outcome = outcome;
    if (retryAfterSec !== undefined) this.retryAfterSec = retryAfterSec;
  }
}
