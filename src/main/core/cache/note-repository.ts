import type { ApiNote } from '../api/workorder-api';
import type { Sql } from './statement-cache';
import type { TicketRepository } from './ticket-repository';

interface NoteRecord {
  ticket_id: string;
  id: string;
  content: string;
  secret_content: string | null;
  from_official: number;
  created_at: number;
  position: number;
}

export interface StoredNote {
  id: string;
  ticketId: string;
  content: string;
  secretContent: string | null;
  fromOfficial: boolean;
  createdAt: number;
}

export interface NotesApplied {
  /** Notes not stored before this call (by note id): the unseen ones. */
  added: ApiNote[];
  /** Whether the ticket's notes had been fetched before: if not, this fetch is a silent baseline. */
  hadBaseline: boolean;
  changed: boolean;
}

/**
 * Conversation notes. Stored note ids are also the persisted "seen" set for new-reply detection,
 * so storing a note and deciding it is new happen in the same transaction.
 */
export class NoteRepository {
  constructor(
    private readonly sql: Sql,
    private readonly tickets: TicketRepository,
  ) {}

  /** Merges a ListTicketNotes answer. Notes are never deleted: the API has no way to remove them. */
  apply(ticketId: string, notes: readonly ApiNote[], now: number): NotesApplied {
    const hadBaseline = this.tickets.notesSyncedAt(ticketId) !== null;
    const existing = new Map(
      (this.sql('SELECT * FROM notes WHERE ticket_id = ?').all(ticketId) as NoteRecord[]).map((n) => [n.id, n]),
    );
    const added: ApiNote[] = [];
    let changed = false;
    notes.forEach((note, position) => {
      const known = existing.get(note.id);
      if (!known) {
        this.sql(
          'INSERT INTO notes (ticket_id, id, content, from_official, created_at, position) VALUES (?, ?, ?, ?, ?, ?)',
        ).run(ticketId, note.id, note.content, note.fromOfficial ? 1 : 0, note.createdAt, position);
        added.push(note);
        changed = true;
      } else if (known.content !== note.content || known.created_at !== note.createdAt || known.position !== position) {
        this.sql('UPDATE notes SET content = ?, created_at = ?, position = ? WHERE ticket_id = ? AND id = ?').run(
          note.content,
          note.createdAt,
          position,
          ticketId,
          note.id,
        );
        changed = true;
      }
    });
    const newest = notes.reduce<number | null>(
      (max, n) => (max === null || n.createdAt > max ? n.createdAt : max),
      null,
    );
    this.tickets.notesFetched(ticketId, now, newest);
    if (changed) this.tickets.reindex(ticketId);
    return { added, hadBaseline, changed };
  }

  /** Keeps the confidential part of a reply we sent; the 2020-03-26 API never returns it. */
  setSecretContent(ticketId: string, noteId: string, secretContent: string): void {
    this.sql('UPDATE notes SET secret_content = ? WHERE ticket_id = ? AND id = ?').run(secretContent, ticketId, noteId);
  }

  forTicket(ticketId: string): StoredNote[] {
    const records = this.sql('SELECT * FROM notes WHERE ticket_id = ? ORDER BY created_at, position').all(
      ticketId,
    ) as NoteRecord[];
    return records.map((n) => ({
      id: n.id,
      ticketId: n.ticket_id,
      content: n.content,
      secretContent: n.secret_content,
      fromOfficial: n.from_official === 1,
      createdAt: n.created_at,
    }));
  }
}
