import type { Note, TicketDetail, UiLanguage } from '../../../shared/domain';
import type { AccountCache } from '../cache/account-cache';
import type { OutboxRecord } from '../cache/outbox-repository';

/**
 * A ticket and its conversation from the cache, with the user's writes still in the outbox shown
 * in place: a new ticket's description, replies (queued, sending, failed, or sent but not yet
 * fetched back), and a pending close.
 */
export function ticketDetail(cache: AccountCache, id: string, language: UiLanguage): TicketDetail | null {
  const ticket = cache.tickets.get(id, language);
  if (!ticket) return null;
  const notes: Note[] = cache.notes.forTicket(ticket.id).map((n) => ({ ...n, outbox: null }));
  if (ticket.pending) {
    const create = cache.outbox.createOf(ticket.id);
    if (create?.op.kind === 'create') {
      notes.unshift(pendingNote(create, create.op.input.content, create.op.input.secretContent));
    }
  }
  for (const row of cache.outbox.replyNotes(ticket.id)) {
    if (row.op.kind === 'reply') notes.push(pendingNote(row, row.op.content, row.op.secretContent));
  }
  const close = cache.outbox.pendingClose(ticket.id);
  return { ticket, notes, pendingClose: close ? { id: close.id, state: close.state } : null };
}

function pendingNote(row: OutboxRecord, content: string, secretContent: string | undefined): Note {
  return {
    id: row.id,
    ticketId: row.ticketId,
    content,
    secretContent: secretContent ?? null,
    fromOfficial: false,
    createdAt: row.createdAt,
    outbox: { id: row.id, state: row.state, error: row.lastError },
  };
}
