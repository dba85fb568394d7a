import { z } from 'zod';
import {
  accountSchema,
  categorySchema,
  credentialBackendSchema,
  NOTIFY_TIME_RANGES,
  outboxItemSchema,
  productCatalogSchema,
  settingsSchema,
  statusGroupSchema,
  syncStatusSchema,
  ticketDetailSchema,
  ticketIdSchema,
  ticketRowSchema,
  UI_LANGUAGES,
} from './domain';
import type { IpcResult } from './errors';

/**
 * The IPC contract: every channel the renderer may call, with zod schemas for both directions, and
 * every event main may send. Main validates each request against it; both sides take their types
 * from it. Nothing else in the code base names a channel by string.
 */

/** No payload: `invoke('app.info')` and `invoke('app.info', {})` are both accepted. */
const empty = z.object({}).strict().optional();

const idRequest = z.object({ id: z.string().trim().min(1, 'Id is required').max(128) }).strict();

const endpointSchema = z
  .string()
  .trim()
  .max(2048)
  .url('Endpoint must be a URL such as https://workorder.aliyuncs.com')
  .refine((u) => /^https?:\/\//i.test(u), 'Endpoint must start with https:// or http://');

const accessKeyIdSchema = z
  .string()
  .trim()
  .min(1, 'AccessKey ID is required')
  .max(128, 'AccessKey ID is too long')
  .regex(/^[A-Za-z0-9._-]+$/, 'AccessKey ID may contain only letters, digits, ".", "_" and "-"');
const accessKeySecretSchema = z
  .string()
  .min(1, 'AccessKey secret is required')
  .max(256, 'AccessKey secret is too long')
  .refine((s) => s.trim() === s, 'AccessKey secret must not start or end with spaces');

const newCredentialsSchema = z
  .object({ accessKeyId: accessKeyIdSchema, accessKeySecret: accessKeySecretSchema, endpoint: endpointSchema })
  .strict();

const sentOrQueued = z.discriminatedUnion('state', [
  z.object({ state: z.literal('sent') }),
  z.object({ state: z.literal('queued'), outboxId: z.string() }),
]);

export const MAX_TITLE = 200;
export const MAX_CONTENT = 10_000;

export const createTicketRequestSchema = z
  .object({
    productCode: z.string().trim().min(1, 'Choose a product').max(64),
    categoryId: z.string().trim().min(1, 'Choose a category').max(32),
    title: z.string().trim().min(1, 'Title is required').max(MAX_TITLE, `Title is longer than ${MAX_TITLE} characters`),
    content: z
      .string()
      .trim()
      .min(1, 'Description is required')
      .max(MAX_CONTENT, `Description is longer than ${MAX_CONTENT} characters`),
    secretContent: z.string().max(MAX_CONTENT).optional(),
    email: z.string().trim().pipe(z.email('Enter a valid email address')),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 -]{4,19}$/, 'Enter a phone number with digits only (country code optional)')
      .optional()
      .or(z.literal('')),
    notifyTimeRange: z.enum(NOTIFY_TIME_RANGES),
    language: z.enum(UI_LANGUAGES),
  })
  .strict();
export type CreateTicketRequest = z.infer<typeof createTicketRequestSchema>;

export const ticketsListRequestSchema = z
  .object({
    groups: z.array(statusGroupSchema).max(4).optional(),
    productCode: z.string().trim().min(1).max(64).optional(),
    /** Epoch ms, inclusive. */
    createdFrom: z.number().int().nonnegative().optional(),
    createdTo: z.number().int().nonnegative().optional(),
    query: z.string().max(200, 'Search text is longer than 200 characters').optional(),
    unreadOnly: z.boolean().optional(),
    sort: z.enum(['created-desc', 'created-asc', 'activity-desc', 'relevance']).default('created-desc'),
    offset: z.number().int().nonnegative().default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict()
  .refine((r) => r.createdFrom === undefined || r.createdTo === undefined || r.createdFrom <= r.createdTo, {
    message: 'The start date must be before the end date',
    path: ['createdFrom'],
  });
export type TicketsListRequest = z.input<typeof ticketsListRequestSchema>;

const groupCountsSchema = z.object({
  all: z.number().int(),
  open: z.number().int(),
  waiting: z.number().int(),
  confirm: z.number().int(),
  closed: z.number().int(),
  unread: z.number().int(),
});

const spec = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) => ({ request, response });

export const channels = {
  'app.info': spec(
    empty,
    z.object({
      version: z.string(),
      platform: z.string(),
      demo: z.boolean(),
      credentialBackend: credentialBackendSchema,
      activeAccountId: z.string().nullable(),
      warnings: z.array(z.object({ code: z.string(), message: z.string() })),
    }),
  ),
  'accounts.list': spec(empty, z.array(accountSchema)),
  'accounts.add': spec(
    newCredentialsSchema.extend({ name: z.string().trim().min(1, 'Account name is required').max(64) }).strict(),
    accountSchema,
  ),
  'accounts.remove': spec(idRequest, z.object({ removed: z.literal(true) })),
  'accounts.setActive': spec(idRequest, accountSchema),
  /** Test either a saved account (`id`) or credentials typed into the form. */
  'accounts.test': spec(
    z.union([idRequest, newCredentialsSchema]),
    z.object({ latencyMs: z.number(), productCount: z.number().int() }),
  ),
  /** "Try demo": start the embedded sandbox and make its generated account active. */
  'demo.start': spec(empty, accountSchema),
  'catalog.products': spec(z.object({ refresh: z.boolean().optional() }).strict().optional(), productCatalogSchema),
  'catalog.categories': spec(
    z
      .object({ productCode: z.string().trim().min(1, 'Product is required').max(64), refresh: z.boolean().optional() })
      .strict(),
    z.array(categorySchema),
  ),
  'tickets.list': spec(ticketsListRequestSchema, z.object({ rows: z.array(ticketRowSchema), total: z.number().int() })),
  'tickets.counts': spec(empty, groupCountsSchema),
  'tickets.get': spec(z.object({ id: ticketIdSchema }).strict(), ticketDetailSchema),
  'tickets.markRead': spec(z.object({ id: ticketIdSchema }).strict(), z.object({ unread: z.literal(0) })),
  /** Which ticket is on screen, so sync keeps its conversation fresh. */
  'tickets.viewing': spec(z.object({ id: ticketIdSchema.nullable() }).strict(), z.object({})),
  'tickets.create': spec(
    createTicketRequestSchema,
    z.discriminatedUnion('state', [
      z.object({ state: z.literal('sent'), ticketId: z.string() }),
      z.object({ state: z.literal('queued'), outboxId: z.string() }),
    ]),
  ),
  'tickets.reply': spec(
    z
      .object({
        ticketId: ticketIdSchema,
        content: z
          .string()
          .trim()
          .min(1, 'Reply is empty')
          .max(MAX_CONTENT, `Reply is longer than ${MAX_CONTENT} characters`),
        secretContent: z.string().max(MAX_CONTENT).optional(),
      })
      .strict(),
    sentOrQueued,
  ),
  'tickets.close': spec(z.object({ ticketId: ticketIdSchema }).strict(), sentOrQueued),
  'outbox.list': spec(empty, z.array(outboxItemSchema)),
  'outbox.retry': spec(idRequest, outboxItemSchema),
  'outbox.discard': spec(idRequest, z.object({ discarded: z.literal(true) })),
  'sync.now': spec(empty, z.object({ started: z.boolean() })),
  'sync.status': spec(empty, syncStatusSchema),
  'settings.get': spec(empty, settingsSchema),
  'settings.set': spec(settingsSchema.partial().strict(), settingsSchema),
} as const;

export type Channel = keyof typeof channels;
export type Req<C extends Channel> = z.input<(typeof channels)[C]['request']>;
/** The request after validation and defaults, as handlers see it. */
export type ParsedReq<C extends Channel> = z.output<(typeof channels)[C]['request']>;
export type Res<C extends Channel> = z.output<(typeof channels)[C]['response']>;
export const CHANNELS = Object.keys(channels) as Channel[];
export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);

export const notifyPayloadSchema = z.object({
  ticketId: z.string(),
  noteId: z.string(),
  title: z.string(),
  body: z.string(),
  /** False for the user's own replies; the desktop shell never announces those. */
  fromOfficial: z.boolean().optional(),
});
export type NotifyPayload = z.infer<typeof notifyPayloadSchema>;

export const events = {
  'sync.status': syncStatusSchema,
  'tickets.changed': z.object({ ids: z.array(z.string()) }),
  'notes.new': z.object({ ticketId: z.string(), count: z.number().int().positive() }),
  'outbox.changed': z.object({ pending: z.number().int() }),
  notify: notifyPayloadSchema,
  'accounts.changed': z.object({ activeAccountId: z.string().nullable() }),
  'settings.changed': settingsSchema,
  /** From the desktop shell (notification, tray, deep link): show this ticket. */
  'ui.openTicket': z.object({ ticketId: z.string() }),
  /** From the desktop shell (tray "New ticket"): open the compose form. */
  'ui.compose': z.object({}),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);

/**
 * What the preload (desktop) and the preview harness (browser) both expose as `window.workorder`.
 * The renderer is written against this interface only.
 */
export interface WorkorderBridge {
  invoke<C extends Channel>(
    channel: C,
    ...request: undefined extends Req<C> ? [Req<C>?] : [Req<C>]
  ): Promise<IpcResult<Res<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
