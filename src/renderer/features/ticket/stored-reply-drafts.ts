import { readStored, writeStored, type Deps } from '../../lib/deps';
import type { ReplyDraft } from './ticket-slice';

export const REPLY_DRAFTS_KEY = 'wd.reply.drafts';
/** Enough for every ticket someone is juggling; the oldest half-written reply goes first. */
export const MAX_REPLY_DRAFTS = 50;

/** On disk: most recently edited last. The confidential part is never written to disk. */
type Stored = [ticketId: string, content: string][];

export function loadReplyDrafts(storage: Deps['storage']): Record<string, ReplyDraft> {
  const stored = readStored<unknown>(storage, REPLY_DRAFTS_KEY, []);
  const drafts: Record<string, ReplyDraft> = {};
  if (!Array.isArray(stored)) return drafts;
  for (const entry of stored) {
    if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string' && entry[1]) {
      drafts[entry[0]] = { content: entry[1], secret: '', showSecret: false };
    }
  }
  return drafts;
}

/** Writes `ticketId`'s reply text as the newest draft (or removes it when empty), keeping the newest 50. */
export function saveReplyDraft(storage: Deps['storage'], ticketId: string, content: string): void {
  const stored = readStored<unknown>(storage, REPLY_DRAFTS_KEY, []);
  const rest = (Array.isArray(stored) ? (stored as Stored) : []).filter((e) => Array.isArray(e) && e[0] !== ticketId);
  const next: Stored = content.trim() ? [...rest, [ticketId, content]] : rest;
  writeStored(storage, REPLY_DRAFTS_KEY, next.slice(-MAX_REPLY_DRAFTS));
}
