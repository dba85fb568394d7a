import type { SignatureKind } from './authenticate.js';

export interface RequestLogEntry {
  seq: number;
  action: string;
  method: string;
  signature: SignatureKind;
  /** 0 when the connection was dropped by a fault and no response was sent. */
  httpStatus: number;
  /** "200" on success, the error code otherwise, "Fault.Reset" / "Fault.CommitThenDrop" for dropped connections. */
  code: string;
}

/**
 * Log of API calls (not control calls) so tests and benchmarks can count what a client sent.
 * A ring of the last `capacity` entries keeps memory bounded in long demo sessions; seq keeps growing.
 */
export class RequestLog {
  private readonly entries: RequestLogEntry[] = [];
  private seq = 0;

  constructor(private readonly capacity = 100_000) {}

  record(entry: Omit<RequestLogEntry, 'seq'>): RequestLogEntry {
    const full = { seq: ++this.seq, ...entry };
    this.entries.push(full);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    return full;
  }

  /** Entries with seq > since, and the cursor to pass next time. */
  since(since = 0): { next: number; requests: RequestLogEntry[] } {
    const first = this.entries.findIndex((e) => e.seq > since);
    return { next: this.seq, requests: first === -1 ? [] : this.entries.slice(first) };
  }
}
