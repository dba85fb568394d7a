/**
 * Remembers signature nonces long enough to make replay impossible: an entry lives until its request
 * timestamp + the 15-minute window, after which the timestamp check rejects a replay anyway.
 * Memory is bounded: expired entries are swept as new ones arrive, and beyond `maxEntries` the
 * oldest are evicted (replay protection then only weakens for floods of >maxEntries per window).
 */
export class NonceStore {
  private readonly entries = new Map<string, number>();
  private nextSweepAt = 0;

  constructor(
    private readonly windowMs: number,
    private readonly maxEntries = 200_000,
  ) {}

  /** Returns false when the nonce was already seen (and not yet expired); records it otherwise. */
  claim(key: string, requestTimeMs: number, nowMs: number): boolean {
    this.sweep(nowMs);
    const expiresAt = this.entries.get(key);
    if (expiresAt !== undefined && expiresAt > nowMs) return false;
    this.entries.delete(key);
    this.entries.set(key, Math.max(requestTimeMs, nowMs) + this.windowMs);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    return true;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Full sweeps at most once a minute keep claim() amortised O(1). */
  private sweep(nowMs: number): void {
    if (nowMs < this.nextSweepAt) return;
    this.nextSweepAt = nowMs + 60_000;
    for (const [key, expiresAt] of this.entries) if (expiresAt <= nowMs) this.entries.delete(key);
  }
}
