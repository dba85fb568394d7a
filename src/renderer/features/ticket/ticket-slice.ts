import type { TicketDetail } from '../../../shared/domain';
import type { IpcError } from '../../../shared/errors';
import type { SliceCreator } from '../../app/store';
import { loadReplyDrafts, saveReplyDraft } from './stored-reply-drafts';

export interface ReplyDraft {
  content: string;
  secret: string;
  showSecret: boolean;
}

const emptyDraft: ReplyDraft = { content: '', secret: '', showSecret: false };

export interface TicketViewState {
  openId: string | null;
  detail: TicketDetail | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: IpcError | null;
  sending: boolean;
  /** 'empty' is a local check; other failures carry the IpcError. */
  replyError: IpcError | 'empty' | null;
  /** The last reply or close went to the outbox instead of the server. */
  queued: 'reply' | 'close' | null;
  closeDialogOpen: boolean;
  closing: boolean;
  closeError: IpcError | null;
}

export interface TicketSlice {
  ticket: TicketViewState;
  /**
   * Unsent replies per ticket, so switching tickets does not lose a half-written answer. The reply
   * text also survives a restart (localStorage); the confidential part stays in memory only.
   */
  replyDrafts: Readonly<Record<string, ReplyDraft>>;
  openTicket(id: string): Promise<void>;
  closeTicketView(): void;
  reloadTicket(): Promise<void>;
  setReplyContent(text: string): void;
  setReplySecret(text: string): void;
  toggleReplySecret(): void;
  sendReply(): Promise<void>;
  retryReply(outboxId: string): Promise<void>;
  openCloseDialog(): void;
  cancelCloseDialog(): void;
  confirmCloseTicket(): Promise<void>;
}

const initialView: TicketViewState = {
  openId: null,
  detail: null,
  status: 'idle',
  error: null,
  sending: false,
  replyError: null,
  queued: null,
  closeDialogOpen: false,
  closing: false,
  closeError: null,
};

export const createTicketSlice: SliceCreator<TicketSlice> = (deps) => (set, get) => {
  const draftOf = (id: string): ReplyDraft => get().replyDrafts[id] ?? emptyDraft;
  const patchDraft = (patch: Partial<ReplyDraft>) => {
    const id = get().ticket.openId;
    if (id === null) return;
    const before = draftOf(id);
    set((s) => ({ replyDrafts: { ...s.replyDrafts, [id]: { ...before, ...patch } } }));
    if (patch.content !== undefined && patch.content !== before.content)
      saveReplyDraft(deps.storage, id, patch.content);
  };
  const patchView = (patch: Partial<TicketViewState>) => set((s) => ({ ticket: { ...s.ticket, ...patch } }));

  async function load(id: string): Promise<void> {
    const result = await deps.bridge.invoke('tickets.get', { id });
    if (get().ticket.openId !== id) return;
    if (result.ok) patchView({ detail: result.value, status: 'ready', error: null });
    else patchView({ status: get().ticket.detail ? 'ready' : 'error', error: result.error });
  }

  return {
    ticket: initialView,
    replyDrafts: loadReplyDrafts(deps.storage),

    async openTicket(id) {
      if (get().ticket.openId === id && get().ticket.status !== 'error') return;
      set({ ticket: { ...initialView, openId: id, status: 'loading' } });
      void deps.bridge.invoke('tickets.viewing', { id });
      await load(id);
      if (get().ticket.openId !== id || get().ticket.status !== 'ready') return;
      if ((get().rows[id]?.unread ?? get().ticket.detail?.ticket.unread ?? 0) > 0) {
        const read = await deps.bridge.invoke('tickets.markRead', { id });
        if (read.ok) {
          get().markRowRead(id);
          void get().loadCounts();
        }
      }
    },

    closeTicketView() {
      if (get().ticket.openId === null) return;
      set({ ticket: initialView });
      void deps.bridge.invoke('tickets.viewing', { id: null });
    },

    async reloadTicket() {
      const id = get().ticket.openId;
      if (id !== null) await load(id);
    },

    setReplyContent(text) {
      patchDraft({ content: text });
      if (get().ticket.replyError === 'empty') patchView({ replyError: null });
    },
    setReplySecret(text) {
      patchDraft({ secret: text });
    },
    toggleReplySecret() {
      const id = get().ticket.openId;
      if (id === null) return;
      const draft = draftOf(id);
      // Hiding the confidential box also drops its text, so nothing hidden gets sent by surprise.
      patchDraft(draft.showSecret ? { showSecret: false, secret: '' } : { showSecret: true });
    },

    async sendReply() {
      const { openId, sending } = get().ticket;
      if (openId === null || sending) return;
      const draft = draftOf(openId);
      if (!draft.content.trim()) {
        patchView({ replyError: 'empty' });
        return;
      }
      patchView({ sending: true, replyError: null, queued: null });
      const secret = draft.showSecret && draft.secret.trim() ? draft.secret : undefined;
      const result = await deps.bridge.invoke('tickets.reply', {
        ticketId: openId,
        content: draft.content,
        ...(secret !== undefined ? { secretContent: secret } : {}),
      });
      if (result.ok) {
        // Sent or safely queued in the outbox: the draft is done even if another ticket is open now.
        set((s) => ({ replyDrafts: { ...s.replyDrafts, [openId]: emptyDraft } }));
        saveReplyDraft(deps.storage, openId, '');
      }
      if (get().ticket.openId !== openId) return;
      if (!result.ok) {
        patchView({ sending: false, replyError: result.error });
        return;
      }
      patchView({ sending: false, queued: result.value.state === 'queued' ? 'reply' : null });
      await load(openId);
    },

    async retryReply(outboxId) {
      await get().retryOutbox(outboxId);
      await get().reloadTicket();
    },

    openCloseDialog() {
      patchView({ closeDialogOpen: true, closeError: null });
    },
    cancelCloseDialog() {
      patchView({ closeDialogOpen: false });
    },

    async confirmCloseTicket() {
      const id = get().ticket.openId;
      if (id === null || get().ticket.closing) return;
      patchView({ closing: true, closeError: null });
      const result = await deps.bridge.invoke('tickets.close', { ticketId: id });
      if (get().ticket.openId !== id) return;
      if (!result.ok) {
        patchView({ closing: false, closeError: result.error });
        return;
      }
      patchView({ closing: false, closeDialogOpen: false, queued: result.value.state === 'queued' ? 'close' : null });
      await load(id);
      void get().loadCounts();
      void get().refreshInbox();
    },
  };
};
