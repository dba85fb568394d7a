import type { ApiNote, ApiTicket, WorkorderApi } from '../api/workorder-api';
import type { OutboxRecord } from '../cache/outbox-repository';
import type { Lifetime } from './lifetime';

/** Server times of our own writes may read this far before the attempt began (clock skew). */
export const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * After an attempt whose outcome is unknown (timeout, dropped connection, crash), asks the server
 * whether the write landed. The API has no idempotency token, so this is what makes delivery
 * exactly once: a reply is a new non-official note with the same text, created after the attempt
 * began; a create is a new ticket of that product with the same title (and description, when more
 * than one fits); a close is the ticket being closed.
 */
export type ReadBackResult =
  | { landed: true; ref: string; notes?: ApiNote[]; ticket?: ApiTicket }
  | { landed: false; notes?: ApiNote[]; ticket?: ApiTicket };

export interface ReadBackDeps {
  api: WorkorderApi;
  lifetime: Lifetime;
  /** Server ids other rows already turned into; never claimed twice. */
  claimed: Set<string>;
}

export async function readBack(row: OutboxRecord, deps: ReadBackDeps): Promise<ReadBackResult> {
  const since = (row.attemptStartedAt ?? row.createdAt) - CLOCK_SKEW_MS;
  const { api, lifetime, claimed } = deps;
  switch (row.op.kind) {
    case 'reply': {
      const content = row.op.content;
      const notes = await lifetime.guard(api.listTicketNotes(row.ticketId));
      const mine = notes.find(
        (n) => !n.fromOfficial && !claimed.has(n.id) && n.createdAt >= since && sameText(n.content, content),
      );
      return mine ? { landed: true, ref: mine.id, notes } : { landed: false, notes };
    }
    case 'create': {
      const input = row.op.input;
      const page = await lifetime.guard(
        api.listTickets({ createdAfter: Math.max(0, since), productCode: input.productCode, pageSize: 100, page: 1 }),
      );
      // Oldest first: the ticket closest to the attempt.
      const candidates = page.rows
        .filter((t) => !claimed.has(t.id) && sameText(t.title, input.title))
        .sort((a, b) => a.createdAt - b.createdAt);
      if (candidates.length <= 1) {
        const only = candidates[0];
        return only ? { landed: true, ref: only.id, ticket: only } : { landed: false };
      }
      // Same title twice: the description is the ticket's first user note.
      for (const candidate of candidates) {
        const notes = await lifetime.guard(api.listTicketNotes(candidate.id));
        const first = notes.find((n) => !n.fromOfficial);
        if (first && sameText(first.content, input.content)) {
          return { landed: true, ref: candidate.id, notes, ticket: candidate };
        }
      }
      return { landed: false };
    }
    case 'close': {
      const page = await lifetime.guard(api.listTickets({ ids: [row.ticketId], pageSize: 1, page: 1 }));
      const ticket = page.rows.find((t) => t.id === row.ticketId);
      if (!ticket) return { landed: false };
      return ticket.group === 'closed' ? { landed: true, ref: ticket.id, ticket } : { landed: false, ticket };
    }
  }
}

/** Text as the server may hand it back: line endings and surrounding space can differ. */
export function sameText(a: string, b: string): boolean {
  const normal = (s: string): string => s.replace(/\r\n?/g, '\n').trim();
  return normal(a) === normal(b);
}
