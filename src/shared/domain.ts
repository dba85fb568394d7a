import { z } from 'zod';
import { ipcErrorSchema } from './errors';
import { STATUS_GROUPS } from './ticket-states';

/** Domain model shared by core and renderer. API-version neutral: no wire shapes here. */

export const UI_LANGUAGES = ['en', 'zh', 'ja'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const NOTIFY_TIME_RANGES = ['normal', 'all', 'never'] as const;
export type NotifyTimeRange = (typeof NOTIFY_TIME_RANGES)[number];

export const statusGroupSchema = z.enum(STATUS_GROUPS);
export const ticketGroupSchema = z.enum([...STATUS_GROUPS, 'other']);

export const ticketIdSchema = z
  .string()
  .trim()
  .min(1, 'Ticket id is required')
  .max(64, 'Ticket id is too long')
  .regex(/^[A-Za-z0-9:_-]+$/, 'Ticket id may contain only letters, digits, ":", "_" and "-"');

/** Text with highlighted parts, as segments so the renderer never needs innerHTML. */
export const highlightSchema = z.array(z.object({ text: z.string(), match: z.boolean() }));
export type Highlight = z.infer<typeof highlightSchema>;

export const outboxStateSchema = z.enum(['queued', 'sending', 'sent', 'failed', 'discarded']);
export type OutboxState = z.infer<typeof outboxStateSchema>;

export const ticketSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** Raw API state, shown verbatim when it is not one we know. */
  state: z.string(),
  group: ticketGroupSchema,
  productCode: z.string(),
  productName: z.string().nullable(),
  categoryName: z.string().nullable(),
  /** Epoch milliseconds. */
  createdAt: z.number(),
  creatorId: z.string(),
  /** Support replies the user has not opened yet. */
  unread: z.number().int().nonnegative(),
  /** Newest note time (ms) known locally, for "updated" sorting. */
  lastActivityAt: z.number().nullable(),
  /** True for a ticket created offline that the server has not accepted yet (id is "local:…"). */
  pending: z.boolean(),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const ticketRowSchema = ticketSchema.extend({
  titleHighlight: highlightSchema.optional(),
  snippet: highlightSchema.optional(),
});
export type TicketRow = z.infer<typeof ticketRowSchema>;

export const noteSchema = z.object({
  id: z.string(),
  ticketId: z.string(),
  content: z.string(),
  /** Only known for replies written in this app; the 2020-03-26 API never returns it. */
  secretContent: z.string().nullable(),
  fromOfficial: z.boolean(),
  createdAt: z.number(),
  /** Set while the reply waits in the outbox. */
  outbox: z.object({ id: z.string(), state: outboxStateSchema, error: ipcErrorSchema.nullable() }).nullable(),
});
export type Note = z.infer<typeof noteSchema>;

export const ticketDetailSchema = z.object({
  ticket: ticketSchema,
  notes: z.array(noteSchema),
  /** A close waiting in the outbox. */
  pendingClose: z.object({ id: z.string(), state: outboxStateSchema }).nullable(),
});
export type TicketDetail = z.infer<typeof ticketDetailSchema>;

export const productSchema = z.object({ code: z.string(), name: z.string(), description: z.string() });
export type Product = z.infer<typeof productSchema>;

export const productCatalogSchema = z.object({
  hotConsultation: z.array(productSchema),
  consultationMore: z.array(productSchema),
  hotTech: z.array(productSchema),
  techMore: z.array(z.object({ groupName: z.string(), products: z.array(productSchema) })),
});
export type ProductCatalog = z.infer<typeof productCatalogSchema>;
export type ProductGroup = keyof ProductCatalog;

export const categorySchema = z.object({ id: z.string(), name: z.string() });
export type Category = z.infer<typeof categorySchema>;

export const accountSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** e.g. "LTAI…x7Qz" — the full id is not needed by the UI. */
  accessKeyIdMasked: z.string(),
  endpoint: z.string(),
  createdAt: z.number(),
  active: z.boolean(),
  hasSecret: z.boolean(),
  demo: z.boolean(),
});
export type Account = z.infer<typeof accountSchema>;

export const credentialBackendSchema = z.enum(['keychain', 'safe-storage', 'session-only']);
export type CredentialBackend = z.infer<typeof credentialBackendSchema>;

export const settingsSchema = z.object({
  pollIntervalSec: z.number().int().min(30).max(3600),
  notifications: z.boolean(),
  language: z.enum(UI_LANGUAGES),
  theme: z.enum(['system', 'light', 'dark']),
  closeToTray: z.boolean(),
  launchAtLogin: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  pollIntervalSec: 60,
  notifications: true,
  language: 'en',
  theme: 'system',
  closeToTray: true,
  launchAtLogin: false,
};

export const syncStatusSchema = z.object({
  state: z.enum(['idle', 'syncing', 'offline', 'auth-error', 'error']),
  /** Pages of the initial/full sync, when one is running. */
  progress: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
  lastSuccessAt: z.number().nullable(),
  nextRunAt: z.number().nullable(),
  error: ipcErrorSchema.nullable(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const outboxItemSchema = z.object({
  id: z.string(),
  kind: z.enum(['create', 'reply', 'close']),
  /** The ticket concerned; for a create, the local placeholder id until the server assigns one. */
  ticketId: z.string(),
  /** A short human summary: the ticket title or the first line of the reply. */
  summary: z.string(),
  state: outboxStateSchema,
  attempts: z.number().int(),
  createdAt: z.number(),
  lastError: ipcErrorSchema.nullable(),
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;

/** Workorder API endpoints (spec §1.2). Any other http(s) URL is accepted too, e.g. a local sandbox. */
export const DEFAULT_ENDPOINT = 'https://workorder.aliyuncs.com';
export const WORKORDER_ENDPOINTS = [
  /** Every region not listed below resolves to the central endpoint. */
  { region: 'central', url: DEFAULT_ENDPOINT },
  { region: 'ap-southeast-1', url: 'https://workorder.ap-southeast-1.aliyuncs.com' },
  { region: 'ap-northeast-1', url: 'https://workorder.ap-northeast-1.aliyuncs.com' },
] as const;
