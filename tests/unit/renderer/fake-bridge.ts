import {
  DEFAULT_SETTINGS,
  type Account,
  type Note,
  type ProductCatalog,
  type Settings,
  type Ticket,
} from '../../../src/shared/domain';
import { ipcError, type IpcError, type IpcResult } from '../../../src/shared/errors';
import type { Channel, EventName, EventPayload, Req, Res, WorkorderBridge } from '../../../src/shared/ipc';
import { groupOfState } from '../../../src/shared/ticket-states';

type Handler<C extends Channel> = (request: Req<C>) => IpcResult<Res<C>> | Promise<IpcResult<Res<C>>>;
export type Handlers = { [C in Channel]?: Handler<C> };

export interface FakeBridge extends WorkorderBridge {
  /** Every invoke, in order. */
  readonly calls: { channel: Channel; request: unknown }[];
  callsTo<C extends Channel>(channel: C): Req<C>[];
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Replace or add handlers after creation. */
  handle(handlers: Handlers): void;
  listenerCount(): number;
  tickets: Ticket[];
  notes: Map<string, Note[]>;
}

const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
const fail = (error: IpcError): IpcResult<never> => ({ ok: false, error });

export function makeTicket(i: number, patch: Partial<Ticket> = {}): Ticket {
  const state = patch.state ?? ['assigned', 'wait_feedback', 'wait_confirm', 'confirmed'][i % 4]!;
  return {
    id: `T${String(i).padStart(5, '0')}`,
    title: `Ticket number ${i}`,
    state,
    group: groupOfState(state),
    productCode: i % 2 ? 'ecs' : 'rds',
    productName: i % 2 ? 'Elastic Compute Service' : 'ApsaraDB RDS',
    categoryName: 'Networking',
    createdAt: Date.UTC(2026, 10, 1) - i * 3600_000,
    creatorId: 'u1',
    unread: i % 5 === 0 ? 1 : 0,
    lastActivityAt: null,
    pending: false,
    ...patch,
  };
}

export const demoAccount: Account = {
  id: 'acc-1',
  name: 'Production',
  accessKeyIdMasked: 'LTAI…x7Qz',
  endpoint: 'https://workorder.aliyuncs.com',
  createdAt: 0,
  active: true,
  hasSecret: true,
  demo: false,
};

export const catalog: ProductCatalog = {
  hotConsultation: [{ code: 'billing', name: 'Billing', description: '' }],
  consultationMore: [{ code: 'account', name: 'Account management', description: '' }],
  hotTech: [
    { code: 'ecs', name: 'Elastic Compute Service', description: '' },
    { code: 'rds', name: 'ApsaraDB RDS', description: '' },
  ],
  techMore: [{ groupName: 'Storage', products: [{ code: 'oss', name: 'Object Storage Service', description: '' }] }],
};

export const categoriesByProduct: Record<string, { id: string; name: string }[]> = {
  ecs: [
    { id: '101', name: 'Instance cannot start' },
    { id: '102', name: 'Network' },
  ],
  rds: [{ id: '201', name: 'Connection' }],
  oss: [],
};

interface FakeOptions {
  tickets?: Ticket[];
  accounts?: Account[];
  settings?: Partial<Settings>;
  handlers?: Handlers;
}

/** An in-memory window.workorder: enough behaviour for component tests, every call recorded. */
export function createFakeBridge(options: FakeOptions = {}): FakeBridge {
  const tickets = options.tickets ?? Array.from({ length: 30 }, (_, i) => makeTicket(i));
  const notes = new Map<string, Note[]>();
  let accounts = options.accounts ?? [demoAccount];
  let settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const listeners = new Map<EventName, Set<(p: unknown) => void>>();
  const calls: { channel: Channel; request: unknown }[] = [];

  const notesOf = (id: string): Note[] => {
    if (!notes.has(id)) {
      notes.set(id, [
        {
          id: `${id}-n1`,
          ticketId: id,
          content: 'My server is down.',
          secretContent: null,
          fromOfficial: false,
          createdAt: 1,
          outbox: null,
        },
        {
          id: `${id}-n2`,
          ticketId: id,
          content: 'We are looking into it.',
          secretContent: null,
          fromOfficial: true,
          createdAt: 2,
          outbox: null,
        },
      ]);
    }
    return notes.get(id)!;
  };

  const defaults: Handlers = {
    'app.info': () =>
      ok({
        version: '0.1.0',
        platform: 'linux',
        demo: false,
        credentialBackend: 'keychain',
        activeAccountId: accounts[0]?.id ?? null,
        warnings: [],
      }),
    'settings.get': () => ok(settings),
    'settings.set': (patch) => {
      settings = { ...settings, ...patch };
      return ok(settings);
    },
    'accounts.list': () => ok(accounts),
    'accounts.add': (req) => {
      const account: Account = {
        ...demoAccount,
        id: `acc-${accounts.length + 1}`,
        name: req.name,
        active: accounts.length === 0,
      };
      accounts = [...accounts, account];
      return ok(account);
    },
    'accounts.remove': ({ id }) => {
      accounts = accounts.filter((a) => a.id !== id);
      return ok({ removed: true as const });
    },
    'accounts.setActive': ({ id }) => {
      accounts = accounts.map((a) => ({ ...a, active: a.id === id }));
      return ok(accounts.find((a) => a.id === id)!);
    },
    'accounts.test': () => ok({ latencyMs: 42, productCount: 5 }),
    'demo.start': () => {
      const account = { ...demoAccount, id: 'demo', name: 'Demo', demo: true };
      accounts = [account];
      return ok(account);
    },
    'catalog.products': () => ok(catalog),
    'catalog.categories': ({ productCode }) => ok(categoriesByProduct[productCode] ?? []),
    'tickets.list': (req) => {
      let rows = tickets;
      if (req.groups) rows = rows.filter((t) => req.groups!.includes(t.group as never));
      if (req.productCode) rows = rows.filter((t) => t.productCode === req.productCode);
      if (req.query) rows = rows.filter((t) => t.title.includes(req.query!));
      const offset = req.offset ?? 0;
      const page = rows.slice(offset, offset + (req.limit ?? 50)).map((t) => {
        if (!req.query) return t;
        const at = t.title.indexOf(req.query);
        return {
          ...t,
          titleHighlight: [
            { text: t.title.slice(0, at), match: false },
            { text: req.query, match: true },
            { text: t.title.slice(at + req.query.length), match: false },
          ],
        };
      });
      return ok({ rows: page, total: rows.length });
    },
    'tickets.counts': () =>
      ok({
        all: tickets.length,
        open: tickets.filter((t) => t.group === 'open').length,
        waiting: tickets.filter((t) => t.group === 'waiting').length,
        confirm: tickets.filter((t) => t.group === 'confirm').length,
        closed: tickets.filter((t) => t.group === 'closed').length,
        unread: tickets.reduce((n, t) => n + t.unread, 0),
      }),
    'tickets.get': ({ id }) => {
      const ticket = tickets.find((t) => t.id === id);
      if (!ticket) return fail(ipcError('not-found', 'No such ticket.'));
      return ok({ ticket, notes: notesOf(id), pendingClose: null });
    },
    'tickets.markRead': ({ id }) => {
      const ticket = tickets.find((t) => t.id === id);
      if (ticket) ticket.unread = 0;
      return ok({ unread: 0 as const });
    },
    'tickets.viewing': () => ok({}),
    'tickets.reply': (req) => {
      notesOf(req.ticketId).push({
        id: `${req.ticketId}-n${notesOf(req.ticketId).length + 1}`,
        ticketId: req.ticketId,
        content: req.content,
        secretContent: req.secretContent ?? null,
        fromOfficial: false,
        createdAt: 3,
        outbox: null,
      });
      return ok({ state: 'sent' as const });
    },
    'tickets.close': ({ ticketId }) => {
      const ticket = tickets.find((t) => t.id === ticketId);
      if (ticket) Object.assign(ticket, { state: 'completed', group: 'closed' });
      return ok({ state: 'sent' as const });
    },
    'tickets.create': () => ok({ state: 'sent' as const, ticketId: 'T99999' }),
    'outbox.list': () => ok([]),
    'outbox.retry': () => fail(ipcError('not-found', 'Nothing to retry.')),
    'outbox.discard': () => ok({ discarded: true as const }),
    'sync.now': () => ok({ started: true }),
    'sync.status': () => ok({ state: 'idle', progress: null, lastSuccessAt: null, nextRunAt: null, error: null }),
  };
  const handlers: Handlers = { ...defaults, ...options.handlers };

  const bridge: FakeBridge = {
    calls,
    tickets,
    notes,
    callsTo<C extends Channel>(channel: C) {
      return calls.filter((c) => c.channel === channel).map((c) => c.request as Req<C>);
    },
    async invoke(channel, ...request) {
      calls.push({ channel, request: request[0] });
      const handler = handlers[channel] as Handler<typeof channel> | undefined;
      if (!handler) return fail(ipcError('not-implemented', `${channel} is not faked`));
      return handler((request[0] ?? {}) as never) as never;
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (p: unknown) => void);
      listeners.set(event, set);
      return () => void set.delete(listener as (p: unknown) => void);
    },
    emit(event, payload) {
      for (const l of listeners.get(event) ?? []) l(payload);
    },
    handle(more) {
      Object.assign(handlers, more);
    },
    listenerCount() {
      return [...listeners.values()].reduce((n, s) => n + s.size, 0);
    },
  };
  return bridge;
}

/** A promise the test resolves by hand, to hold a response "in flight". */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
