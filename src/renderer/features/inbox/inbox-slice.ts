import type { TicketRow } from '../../../shared/domain';
import type { IpcError } from '../../../shared/errors';
import type { Res, TicketsListRequest } from '../../../shared/ipc';
import type { StatusGroup } from '../../../shared/ticket-states';
import type { SliceCreator } from '../../app/store';

export const PAGE_SIZE = 100;

export type InboxGroup = StatusGroup | 'all';
export type InboxSort = NonNullable<TicketsListRequest['sort']>;
export type GroupCounts = Res<'tickets.counts'>;

export interface InboxState {
  group: InboxGroup;
  /** What is typed in the search box; `query` follows it after a short pause. */
  queryInput: string;
  query: string;
  /** '' means every product. */
  productCode: string;
  /** Local dates as YYYY-MM-DD, '' for open-ended. */
  createdFrom: string;
  createdTo: string;
  sort: InboxSort;
  total: number | null;
  /** Ticket ids by page number (offset / PAGE_SIZE); missing pages are fetched as they scroll into view. */
  pages: Readonly<Record<number, readonly string[]>>;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: IpcError | null;
  /** Keyboard cursor (j/k), an index into the list. */
  activeIndex: number;
}

export interface InboxSlice {
  inbox: InboxState;
  rows: Readonly<Record<string, TicketRow>>;
  counts: GroupCounts | null;
  resetInbox(): void;
  loadInboxFirstPage(): Promise<void>;
  /** The list shows indexes [start, end]; load the pages that cover them. */
  ensureInboxRange(start: number, end: number): void;
  /** Re-read what is on screen after the cache changed, keeping rows visible meanwhile. */
  refreshInbox(): Promise<void>;
  loadCounts(): Promise<void>;
  setInboxGroup(group: InboxGroup): void;
  setInboxQuery(text: string): void;
  setInboxProduct(productCode: string): void;
  setCreatedFrom(date: string): void;
  setCreatedTo(date: string): void;
  setInboxSort(sort: InboxSort): void;
  clearInboxFilters(): void;
  moveActive(delta: number): void;
  setActiveIndex(index: number): void;
  openActiveTicket(): void;
  /** The id at a list index, if its page is loaded. */
  idAt(index: number): string | undefined;
  markRowRead(id: string): void;
}

const initialInbox: InboxState = {
  group: 'all',
  queryInput: '',
  query: '',
  productCode: '',
  createdFrom: '',
  createdTo: '',
  sort: 'created-desc',
  total: null,
  pages: {},
  status: 'idle',
  error: null,
  activeIndex: 0,
};

function dayStart(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime() : undefined;
}

/** The list request for the current filters; the API's own rules live in the core. */
export function listRequest(inbox: InboxState, offset: number): TicketsListRequest {
  const request: TicketsListRequest = { offset, limit: PAGE_SIZE };
  const query = inbox.query.trim();
  if (inbox.group !== 'all') request.groups = [inbox.group];
  if (inbox.productCode) request.productCode = inbox.productCode;
  const from = dayStart(inbox.createdFrom);
  const toStart = dayStart(inbox.createdTo);
  if (from !== undefined) request.createdFrom = from;
  if (toStart !== undefined) request.createdTo = toStart + 24 * 3600_000 - 1;
  if (query) request.query = query;
  request.sort = inbox.sort === 'relevance' && !query ? 'created-desc' : inbox.sort;
  return request;
}

export const createInboxSlice: SliceCreator<InboxSlice> = (deps) => (set, get) => {
  /** Bumped whenever the filters change, so late answers for old filters are dropped. */
  let generation = 0;
  const inflight = new Set<number>();
  let range: [number, number] = [0, 0];
  let searchTimer: ReturnType<typeof setTimeout> | null = null;
  let refreshing: Promise<void> | null = null;
  let refreshAgain = false;

  async function fetchPage(page: number): Promise<{ rows: TicketRow[]; total: number } | IpcError | null> {
    const gen = generation;
    const result = await deps.bridge.invoke('tickets.list', listRequest(get().inbox, page * PAGE_SIZE));
    if (gen !== generation) return null;
    return result.ok ? result.value : result.error;
  }

  function storePage(page: number, value: { rows: TicketRow[]; total: number }, replace: boolean): void {
    set((s) => {
      const rows = { ...s.rows };
      for (const row of value.rows) rows[row.id] = row;
      const ids = value.rows.map((r) => r.id);
      const pages = replace ? { [page]: ids } : { ...s.inbox.pages, [page]: ids };
      const activeIndex = Math.min(s.inbox.activeIndex, Math.max(0, value.total - 1));
      return { rows, inbox: { ...s.inbox, pages, total: value.total, status: 'ready', error: null, activeIndex } };
    });
  }

  async function loadPage(page: number): Promise<void> {
    if (inflight.has(page)) return;
    inflight.add(page);
    const gen = generation;
    try {
      const result = await fetchPage(page);
      if (result === null) return;
      if ('code' in result) set((s) => ({ inbox: { ...s.inbox, status: 'error', error: result } }));
      else storePage(page, result, false);
    } finally {
      if (gen === generation) inflight.delete(page);
    }
  }

  function restart(patch: Partial<InboxState>): void {
    generation += 1;
    inflight.clear();
    set((s) => ({
      inbox: { ...s.inbox, ...patch, pages: {}, total: null, status: 'loading', error: null, activeIndex: 0 },
    }));
    void get().loadInboxFirstPage();
  }

  return {
    inbox: initialInbox,
    rows: {},
    counts: null,

    resetInbox() {
      generation += 1;
      inflight.clear();
      if (searchTimer !== null) clearTimeout(searchTimer);
      set({ inbox: initialInbox, rows: {}, counts: null });
    },

    async loadInboxFirstPage() {
      if (get().inbox.total === null) set((s) => ({ inbox: { ...s.inbox, status: 'loading', error: null } }));
      await loadPage(0);
    },

    ensureInboxRange(start, end) {
      range = [start, end];
      const { pages, total, status } = get().inbox;
      if (total === null || status === 'error') return;
      const last = Math.min(Math.floor(end / PAGE_SIZE), Math.floor(Math.max(0, total - 1) / PAGE_SIZE));
      for (let page = Math.floor(start / PAGE_SIZE); page <= last; page++) {
        if (!pages[page]) void loadPage(page);
      }
    },

    async refreshInbox() {
      // Sync can change the cache many times a second; collapse bursts into one re-read at a time.
      if (refreshing) {
        refreshAgain = true;
        return refreshing;
      }
      refreshing = (async () => {
        do {
          refreshAgain = false;
          const first = Math.floor(range[0] / PAGE_SIZE);
          const last = Math.max(first, Math.floor(range[1] / PAGE_SIZE));
          let replace = true;
          for (let page = first; page <= last; page++) {
            const result = await fetchPage(page);
            if (result === null) break;
            if ('code' in result) {
              // Keep showing what we have; the status region tells about connection problems.
              if (get().inbox.total === null) set((s) => ({ inbox: { ...s.inbox, status: 'error', error: result } }));
              break;
            }
            storePage(page, result, replace);
            replace = false;
          }
        } while (refreshAgain);
      })();
      try {
        await refreshing;
      } finally {
        refreshing = null;
      }
    },

    async loadCounts() {
      const result = await deps.bridge.invoke('tickets.counts');
      if (result.ok) set({ counts: result.value });
    },

    setInboxGroup(group) {
      if (group === get().inbox.group) return;
      restart({ group });
    },

    setInboxQuery(text) {
      set((s) => ({ inbox: { ...s.inbox, queryInput: text } }));
      if (searchTimer !== null) clearTimeout(searchTimer);
      searchTimer = setTimeout(() => {
        searchTimer = null;
        const query = get().inbox.queryInput.trim();
        const previous = get().inbox.query;
        if (query === previous) return;
        const sort = get().inbox.sort;
        // Starting a search ranks by match; clearing it goes back to date order.
        const nextSort = query && !previous ? 'relevance' : !query && sort === 'relevance' ? 'created-desc' : sort;
        restart({ query, sort: nextSort });
      }, deps.searchDelayMs);
    },

    setInboxProduct(productCode) {
      restart({ productCode });
    },

    setCreatedFrom(date) {
      const { createdTo } = get().inbox;
      restart({ createdFrom: date, createdTo: createdTo && date && date > createdTo ? date : createdTo });
    },

    setCreatedTo(date) {
      const { createdFrom } = get().inbox;
      restart({ createdTo: date, createdFrom: createdFrom && date && date < createdFrom ? date : createdFrom });
    },

    setInboxSort(sort) {
      restart({ sort });
    },

    clearInboxFilters() {
      if (searchTimer !== null) clearTimeout(searchTimer);
      restart({ queryInput: '', query: '', productCode: '', createdFrom: '', createdTo: '', sort: 'created-desc' });
    },

    moveActive(delta) {
      const { total, activeIndex } = get().inbox;
      if (!total) return;
      get().setActiveIndex(Math.min(total - 1, Math.max(0, activeIndex + delta)));
    },

    setActiveIndex(index) {
      set((s) => ({ inbox: { ...s.inbox, activeIndex: index } }));
      get().requestFocus('row');
    },

    openActiveTicket() {
      const id = get().idAt(get().inbox.activeIndex);
      if (id) void get().openTicket(id);
    },

    idAt(index) {
      return get().inbox.pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
    },

    markRowRead(id) {
      const row = get().rows[id];
      if (!row || row.unread === 0) return;
      set((s) => ({ rows: { ...s.rows, [id]: { ...row, unread: 0 } } }));
    },
  };
};
