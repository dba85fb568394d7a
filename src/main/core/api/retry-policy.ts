import { ApiError } from './workorder-api';

/** How reads are retried. Writes are never retried here: they go through the outbox. */
export interface RetryPolicy {
  /** Total attempts, including the first. */
  maxAttempts: number;
  /** Backoff cap for attempt n is min(maxDelayMs, baseDelayMs · 2^(n-1)); the wait is a random share of it. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A server asking for a longer pause than this is not waited for: the error goes to the caller. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 15_000,
};

export interface RetryDeps {
  sleep(ms: number): Promise<void>;
  random(): number;
}

/** Retries a read while the failure is worth another try (see `shouldRetry`). */
export async function withRetry<T>(
  call: () => Promise<T>,
  policy: RetryPolicy,
  deps: RetryDeps,
  isTransient: (error: ApiError) => boolean,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof ApiError) || attempt >= policy.maxAttempts || !isTransient(error)) throw error;
      const delay = delayBeforeRetry(attempt, error.retryAfterSec, policy, deps.random);
      if (delay === null) throw error;
      await deps.sleep(delay);
    }
  }
}

/**
 * Full jitter (a uniformly random wait up to the exponential cap) spreads clients out after an outage;
 * a server's x-acs-retry-after is a floor. Returns null when the server asks for more than we wait.
 */
export function delayBeforeRetry(
  attempt: number,
  retryAfterSec: number | undefined,
  policy: RetryPolicy,
  random: () => number,
): number | null {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.floor(random() * cap);
  if (retryAfterSec === undefined) return jittered;
  const floor = retryAfterSec * 1000;
  if (floor > policy.maxRetryAfterMs) return null;
  return Math.max(floor, jittered);
}
