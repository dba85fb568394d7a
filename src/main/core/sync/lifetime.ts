/** Thrown out of an await that finished after its owner stopped; callers let it unwind silently. */
export class StoppedError extends Error {
  constructor() {
    super('stopped');
    this.name = 'StoppedError';
  }
}

/**
 * The `stopped` flag of BackgroundFetcher (style.md §1), shared by everything working for one
 * account. Every await of outside work goes through `guard`, so nothing touches the cache (whose
 * connection is closed on stop) once the account is switched away or the core shuts down.
 */
export class Lifetime {
  private isStopped = false;

  get stopped(): boolean {
    return this.isStopped;
  }

  stop(): void {
    this.isStopped = true;
  }

  async guard<T>(work: Promise<T>): Promise<T> {
    let value: T;
    try {
      value = await work;
    } catch (error) {
      // An error that arrives after stop is no longer anyone's business either.
      throw this.isStopped ? new StoppedError() : error;
    }
    if (this.isStopped) throw new StoppedError();
    return value;
  }
}
