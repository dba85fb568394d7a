/**
 * The sandbox's own data model. It is deliberately independent of src/shared: the sandbox is the
 * server side of the wire, and sharing types with the client would hide client mistakes.
 */

/** The six raw states the ticket system uses (spec §2.1). */
export const TICKET_STATUSES = [
  'assigned',
  'dealing',
  'wait_feedback',
  'feedback',
  'wait_confirm',
  'confirmed',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const LANGUAGES = ['en', 'zh', 'jp'] as const;
export type Language = (typeof LANGUAGES)[number];

export const NOTIFY_TIME_RANGES = ['normal', 'all', 'never'] as const;
export type NotifyTimeRange = (typeof NOTIFY_TIME_RANGES)[number];

export interface Note {
  noteId: string;
  content: string;
  secretContent: string;
  fromOfficial: boolean;
  /** Epoch seconds, like every 2020-03-26 time on the wire. */
  createdAt: number;
}

export interface Ticket {
  id: string;
  title: string;
  status: TicketStatus;
  productCode: string;
  /** Category id as the decimal string the client sent (the API types Category as string). */
  category: string;
  content: string;
  secretContent: string;
  email: string;
  phone: string;
  notifyTimeRange: NotifyTimeRange;
  language: Language;
  /** Epoch seconds. */
  createdAt: number;
  /** The RAM user (or main account) that created the ticket; ListTickets returns it as CreatorId. */
  creatorId: string;
  /** Ascending by time; the ticket's Content is the first (user) note, which is how 2020-03-26 exposes it. */
  notes: Note[];
}

export interface FaultSpec {
  latencyMs?: number;
  errorRate?: number;
  throttleRate?: number;
  resetRate?: number;
  commitThenDropRate?: number;
  actions?: string[];
}

/** Random source in [0, 1); injectable so fault tests and seeds are deterministic. */
export type RandomSource = () => number;
