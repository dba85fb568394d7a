/** Exponential backoff with full jitter, capped; a server's retry-after is a floor. */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export function backoffDelay(
  failures: number,
  policy: BackoffPolicy,
  random: () => number,
  retryAfterSec?: number,
): number {
  const cap = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, failures - 1));
  // Half fixed, half random: never hammer straight away, and spread clients after an outage.
  const delay = Math.floor(cap / 2 + random() * (cap / 2));
  return retryAfterSec !== undefined ? Math.max(delay, retryAfterSec * 1000) : delay;
}
