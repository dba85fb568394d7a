import type { SyncStatus } from '../../../shared/domain';

/** The sync dot: neutral (idle), green (ok), amber (busy, offline) or red (error). */
export type SyncTone = 'idle' | 'ok' | 'busy' | 'offline' | 'error';

/**
 * Green promises "your inbox is current", so it needs a success no older than two missed polls
 * (plus a minute of slack for a slow round); before the first success, or after that, it is neutral.
 */
export function syncTone(sync: SyncStatus | null, online: boolean, now: number, pollIntervalSec: number): SyncTone {
  if (!online || sync?.state === 'offline') return 'offline';
  if (sync?.state === 'syncing') return 'busy';
  if (sync?.state === 'auth-error' || sync?.state === 'error') return 'error';
  const last = sync?.lastSuccessAt;
  if (!last) return 'idle';
  return now - last <= (2 * pollIntervalSec + 60) * 1000 ? 'ok' : 'idle';
}
