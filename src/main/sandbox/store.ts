import { noteIdFrom, ticketIdFrom } from './random.js';
import type { Note, RandomSource, Ticket, TicketStatus } from './types.js';

/** A ticket as CreateTicket (or a seed) describes it; the store assigns id, status and notes. */
export type NewTicket = Omit<Ticket, 'id' | 'status' | 'notes'>;

export interface NewNote {
  content: string;
  secretContent: string;
  fromOfficial: boolean;
  createdAt: number;
}

/**
 * All tickets in memory. Every mutation goes through here so persistence can hear about it (onChange)
 * and the "newest first" order can be cached: only creating a ticket changes the order.
 */
export class TicketStore {
  private readonly tickets = new Map<string, Ticket>();
  private readonly noteIds = new Set<string>();
  private newestFirst: Ticket[] | null = null;
  private readonly listeners: Array<() => void> = [];

  constructor(private readonly random: RandomSource) {}

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  get size(): number {
    return this.tickets.size;
  }

  get(id: string): Ticket | undefined {
    return this.tickets.get(id);
  }

  /** Newest first; ties (same second) broken by id so paging is stable. Do not mutate the result. */
  sorted(): readonly Ticket[] {
    if (!this.newestFirst) {
      this.newestFirst = [...this.tickets.values()].sort(
        (a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
    }
    return this.newestFirst;
  }

  /** Creates a ticket in state `assigned` whose Content is also its first (user) note. */
  create(input: NewTicket): Ticket {
    const ticket: Ticket = { ...input, id: this.freshTicketId(), status: 'assigned', notes: [] };
    ticket.notes.push(
      this.makeNote({
        content: input.content,
        secretContent: input.secretContent,
        fromOfficial: false,
        createdAt: input.createdAt,
      }),
    );
    this.tickets.set(ticket.id, ticket);
    this.newestFirst = null;
    this.changed();
    return ticket;
  }

  addNote(ticket: Ticket, input: NewNote, status?: TicketStatus): Note {
    const note = this.makeNote(input);
    ticket.notes.push(note);
    if (status) ticket.status = status;
    this.changed();
    return note;
  }

  setStatus(ticket: Ticket, status: TicketStatus): void {
    ticket.status = status;
    this.changed();
  }

  /** Bulk load (snapshot or seed): no change events, because nothing new needs to be written. */
  load(tickets: Iterable<Ticket>): void {
    for (const t of tickets) {
      this.tickets.set(t.id, t);
      for (const n of t.notes) this.noteIds.add(n.noteId);
    }
    this.newestFirst = null;
  }

  all(): IterableIterator<Ticket> {
    return this.tickets.values();
  }

  private makeNote(input: NewNote): Note {
    let noteId = noteIdFrom(this.random);
    while (this.noteIds.has(noteId)) noteId = noteIdFrom(this.random);
    this.noteIds.add(noteId);
    return { noteId, ...input };
  }

  private freshTicketId(): string {
    let id = ticketIdFrom(this.random);
    while (this.tickets.has(id)) id = ticketIdFrom(this.random);
    return id;
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
