import { findProduct, listProductsData, localized } from './catalog.js';
import { missingParameter } from './gateway-errors.js';
import type { Params } from './params.js';
import { emailOrPhoneIllegal, paramIllegal, ticketClosed, ticketNotFound } from './service-errors.js';
import type { TicketStore } from './store.js';
import {
  LANGUAGES,
  NOTIFY_TIME_RANGES,
  TICKET_STATUSES,
  type Language,
  type Ticket,
  type TicketStatus,
} from './types.js';

/*
 * Workorder 2020-03-26 business logic (spec §2). Each handler validates its parameters and returns the
 * `Data` of the success envelope; failures are thrown as ApiError and rendered by the HTTP layer.
 */

export interface ActionContext {
  params: Params;
  store: TicketStore;
  nowMs: number;
  /** UID of the account the access key belongs to; CreatorId of tickets created through the API. */
  accountId: string;
  /** Called after a user created a ticket or replied, so a simulated engineer can answer. */
  onUserActivity(ticket: Ticket): void;
}

export interface ActionResult {
  data?: unknown;
  /** CreateTicket's Code is a string in every SDK (spec §2.3, §6.6); the others are int32. */
  codeAsString?: boolean;
}

export type ActionHandler = (ctx: ActionContext) => ActionResult;

/** Limits the spec leaves open (spec §8 question 5); chosen generously, enforced so clients learn them. */
export const LIMITS = { title: 200, content: 10_000, secretContent: 10_000, ids: 100, pageSize: 100 } as const;

/** Documented filter vocabulary → raw states (spec §2.1; the mapping is the spec's inference). */
const FILTER_ALIASES: Readonly<Record<string, readonly TicketStatus[]>> = {
  in_progress: ['assigned', 'dealing', 'feedback'],
  completed: ['confirmed'],
};

/** Epoch-seconds values above this are almost certainly milliseconds (year 5138+): a client bug worth naming. */
const MAX_EPOCH_SECONDS = 99_999_999_999;

function language(params: Params): Language {
  const raw = params.Language;
  if (raw === undefined || raw === '') return 'en';
  const lower = raw.toLowerCase();
  const found = LANGUAGES.find((l) => l === lower);
  if (!found) throw paramIllegal('Language', `"${raw}" is not one of en, zh, jp.`);
  return found;
}

function required(params: Params, name: string): string {
  const value = params[name];
  if (value === undefined || value.trim() === '') throw missingParameter(name);
  return value;
}

function maxLength(name: string, value: string, max: number): string {
  if ([...value].length > max) throw paramIllegal(name, `must be at most ${max} characters.`);
  return value;
}

function integer(params: Params, name: string, fallback: number, min: number, max: number): number {
  const raw = params[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,15}$/.test(raw)) throw paramIllegal(name, `"${raw}" is not a non-negative integer.`);
  const value = Number(raw);
  if (value < min || value > max) throw paramIllegal(name, `must be between ${min} and ${max}, got ${value}.`);
  return value;
}

function existingTicket(ctx: ActionContext): Ticket {
  const id = required(ctx.params, 'TicketId');
  const ticket = ctx.store.get(id);
  if (!ticket) throw ticketNotFound(id);
  return ticket;
}

const nowSeconds = (ctx: ActionContext): number => Math.floor(ctx.nowMs / 1000);

// Pragmatic patterns: reject what is clearly not an address/number, accept what real users type.
const EMAIL_PATTERN = /^[^\s@,;<>]+@[^\s@,;<>]+\.[A-Za-z]{2,}$/;
const PHONE_PATTERN = /^\+?[0-9][0-9 -]{4,19}$/;

const createTicket: ActionHandler = (ctx) => {
  const p = ctx.params;
  const lang = language(p);
  const productCode = required(p, 'ProductCode');
  const category = required(p, 'Category');
  const content = maxLength('Content', required(p, 'Content'), LIMITS.content);
  const email = required(p, 'Email').trim();
  const product = findProduct(productCode);
  if (!product) throw paramIllegal('ProductCode', `"${productCode}" is not a product code returned by ListProducts.`);
  if (!product.categories.some((c) => String(c.id) === category.trim())) {
    throw paramIllegal('Category', `"${category}" is not a category of product "${productCode}" (see ListCategories).`);
  }
  if (!EMAIL_PATTERN.test(email) || email.length > 254) throw emailOrPhoneIllegal('Email', email);
  const phone = (p.Phone ?? '').trim();
  if (phone !== '' && !PHONE_PATTERN.test(phone)) throw emailOrPhoneIllegal('Phone', phone);
  const notify = p.NotifyTimeRange === undefined || p.NotifyTimeRange === '' ? 'all' : p.NotifyTimeRange;
  const notifyTimeRange = NOTIFY_TIME_RANGES.find((n) => n === notify);
  if (!notifyTimeRange) throw paramIllegal('NotifyTimeRange', `"${notify}" is not one of normal, all, never.`);
  // Like the console (and the legacy Add API), an untitled ticket is titled by its first 30 characters.
  const title = maxLength('Title', p.Title?.trim() || [...content.trim()].slice(0, 30).join(''), LIMITS.title);
  const ticket = ctx.store.create({
    title,
    productCode,
    category: category.trim(),
    content,
    secretContent: maxLength('SecretContent', p.SecretContent ?? '', LIMITS.secretContent),
    email,
    phone,
    notifyTimeRange,
    language: lang,
    creatorId: ctx.accountId,
    createdAt: nowSeconds(ctx),
  });
  ctx.onUserActivity(ticket);
  return { data: ticket.id, codeAsString: true };
};

const listProducts: ActionHandler = (ctx) => ({ data: listProductsData(language(ctx.params)) });

const listCategories: ActionHandler = (ctx) => {
  const lang = language(ctx.params);
  const code = required(ctx.params, 'ProductCode');
  const product = findProduct(code);
  if (!product) throw paramIllegal('ProductCode', `"${code}" is not a product code returned by ListProducts.`);
  return { data: { List: product.categories.map((c) => ({ Id: c.id, Name: localized(c.names, lang) })) } };
};

function statusFilter(raw: string | undefined): Set<TicketStatus> | null {
  if (raw === undefined || raw.trim() === '') return null;
  const out = new Set<TicketStatus>();
  for (const part of raw.split(',')) {
    const value = part.trim();
    if (value === '') continue;
    const raw6 = TICKET_STATUSES.find((s) => s === value);
    const alias = FILTER_ALIASES[value];
    if (raw6) out.add(raw6);
    else if (alias) for (const s of alias) out.add(s);
    else {
      throw paramIllegal(
        'TicketStatus',
        `"${value}" is not a ticket status (${TICKET_STATUSES.join(', ')}, in_progress, completed).`,
      );
    }
  }
  return out.size > 0 ? out : null;
}

/** Ids comes as a comma list (2020 SDKs); the Tea SDK may flatten an array to Ids.1, Ids.2 (spec §1.3). */
function idsFilter(params: Params): Set<string> | null {
  const values: string[] = [];
  if (params.Ids !== undefined) values.push(...params.Ids.split(','));
  for (const key of Object.keys(params)) if (/^Ids\.\d+$/.test(key)) values.push(params[key] ?? '');
  const ids = values.map((v) => v.trim()).filter((v) => v !== '');
  if (ids.length === 0) return null;
  if (ids.length > LIMITS.ids) throw paramIllegal('Ids', `at most ${LIMITS.ids} ids per call, got ${ids.length}.`);
  return new Set(ids);
}

function epochSeconds(params: Params, name: string): number | null {
  const raw = params[name];
  if (raw === undefined || raw === '') return null;
  if (!/^\d{1,15}$/.test(raw)) throw paramIllegal(name, `"${raw}" is not an epoch time in seconds.`);
  const value = Number(raw);
  if (value > MAX_EPOCH_SECONDS) throw paramIllegal(name, `${value} looks like milliseconds; send epoch seconds.`);
  return value;
}

const listTickets: ActionHandler = (ctx) => {
  const p = ctx.params;
  language(p);
  const pageSize = integer(p, 'PageSize', 20, 1, LIMITS.pageSize);
  const pageStart = integer(p, 'PageStart', 1, 1, 10_000_000);
  const ids = idsFilter(p);
  const statuses = statusFilter(p.TicketStatus);
  const after = epochSeconds(p, 'CreatedAfterTime');
  const before = epochSeconds(p, 'CreatedBeforeTime');
  const productCode = p.ProductCode?.trim() || null;
  const subUserId = p.SubUserId?.trim() || null;
  const matches = ctx.store
    .sorted()
    .filter(
      (t) =>
        (ids === null || ids.has(t.id)) &&
        (statuses === null || statuses.has(t.status)) &&
        (after === null || t.createdAt >= after) &&
        (before === null || t.createdAt <= before) &&
        (productCode === null || t.productCode === productCode) &&
        (subUserId === null || t.creatorId === subUserId),
    );
  const start = (pageStart - 1) * pageSize;
  return {
    data: {
      CurrentPage: pageStart,
      PageSize: pageSize,
      Total: matches.length,
      List: matches.slice(start, start + pageSize).map((t) => ({
        Id: t.id,
        Title: t.title,
        TicketStatus: t.status,
        AddTime: t.createdAt,
        CreatorId: t.creatorId,
      })),
    },
  };
};

const listTicketNotes: ActionHandler = (ctx) => {
  language(ctx.params);
  const ticket = existingTicket(ctx);
  // Ascending by time; the sort is stable, so notes of the same second keep the order they were written.
  const notes = [...ticket.notes].sort((a, b) => a.createdAt - b.createdAt);
  return {
    data: {
      List: notes.map((n) => ({
        NoteId: n.noteId,
        Content: n.content,
        FromOfficial: n.fromOfficial,
        GmtCreated: n.createdAt,
      })),
    },
  };
};

/** What a user reply does to the state: an answer to "waiting on you" or to "resolved?" goes back to support. */
const AFTER_USER_REPLY: Readonly<Record<TicketStatus, TicketStatus>> = {
  assigned: 'assigned',
  dealing: 'dealing',
  wait_feedback: 'feedback',
  feedback: 'feedback',
  wait_confirm: 'feedback',
  confirmed: 'confirmed',
};

const replyTicket: ActionHandler = (ctx) => {
  language(ctx.params);
  const ticket = existingTicket(ctx);
  // The 2020 page marks Content optional (spec §6.7), but an empty reply is meaningless; 2021 requires it.
  const content = maxLength('Content', required(ctx.params, 'Content'), LIMITS.content);
  const secretContent = maxLength('SecretContent', ctx.params.SecretContent ?? '', LIMITS.secretContent);
  if (ticket.status === 'confirmed') throw ticketClosed(ticket.id);
  ctx.store.addNote(
    ticket,
    { content, secretContent, fromOfficial: false, createdAt: nowSeconds(ctx) },
    AFTER_USER_REPLY[ticket.status],
  );
  ctx.onUserActivity(ticket);
  return {};
};

const closeTicket: ActionHandler = (ctx) => {
  language(ctx.params);
  const ticket = existingTicket(ctx);
  if (ticket.status === 'confirmed') throw ticketClosed(ticket.id);
  ctx.store.setStatus(ticket, 'confirmed');
  return {};
};

export const ACTIONS: Readonly<Record<string, ActionHandler>> = {
  CreateTicket: createTicket,
  ListProducts: listProducts,
  ListCategories: listCategories,
  ListTickets: listTickets,
  ListTicketNotes: listTicketNotes,
  ReplyTicket: replyTicket,
  CloseTicket: closeTicket,
};

/** The only version served (spec §1.1). */
export const API_VERSION = '2020-03-26';
