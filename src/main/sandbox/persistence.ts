import { open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { LANGUAGES, NOTIFY_TIME_RANGES, TICKET_STATUSES, type Ticket } from './types.js';

/** On-disk form of the sandbox state. One JSON document, always replaced whole. */
export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: 1;
  accessKeyId: string;
  accessKeySecret: string;
  accountId: string;
  tickets: Ticket[];
}

export const SNAPSHOT_FORMAT = 'workorder-desk-sandbox';

/**
 * Writes `data` so that `file` is always either the old or the new complete document: write a temp
 * file in the same directory, fsync it, rename over the target (atomic on POSIX), fsync the directory
 * so the rename itself survives a crash. A kill -9 at any point leaves at worst a stray temp file.
 */
export async function writeAtomic(file: string, data: string): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await open(tmp, 'w', 0o600);
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(tmp, file);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(file));
}

async function syncDirectory(dir: string): Promise<void> {
  // Directory fsync is not supported everywhere (e.g. Windows); the rename is still atomic there.
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* best effort */
  }
}

/** Removes temp files a killed process left behind; they are never the live state. */
export async function removeStaleTempFiles(file: string): Promise<void> {
  const prefix = `.${basename(file)}.`;
  const names = await readdir(dirname(file)).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((n) => n.startsWith(prefix) && n.endsWith('.tmp'))
      .map((n) => unlink(join(dirname(file), n)).catch(() => undefined)),
  );
}

/** Reads a snapshot; null when the file does not exist. Anything else unreadable is an error, never ignored. */
export async function readSnapshot(file: string): Promise<Snapshot | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`data file ${file} is not valid JSON`);
  }
  const problem = snapshotProblem(parsed);
  if (problem) throw new Error(`data file ${file} is not a sandbox snapshot: ${problem}`);
  return parsed as Snapshot;
}

function snapshotProblem(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return 'not an object';
  const s = value as Record<string, unknown>;
  if (s.format !== SNAPSHOT_FORMAT || s.version !== 1) return 'unknown format or version';
  for (const key of ['accessKeyId', 'accessKeySecret', 'accountId']) {
    if (typeof s[key] !== 'string' || s[key] === '') return `missing ${key}`;
  }
  if (!Array.isArray(s.tickets)) return 'missing tickets';
  for (const t of s.tickets as unknown[]) {
    const problem = ticketProblem(t);
    if (problem) return problem;
  }
  return null;
}

function ticketProblem(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return 'ticket is not an object';
  const t = value as Record<string, unknown>;
  const strings = ['id', 'title', 'productCode', 'category', 'content', 'secretContent', 'email', 'phone', 'creatorId'];
  for (const key of strings) if (typeof t[key] !== 'string') return `ticket ${String(t.id)}: ${key} is not a string`;
  if (!(TICKET_STATUSES as readonly unknown[]).includes(t.status)) return `ticket ${String(t.id)}: bad status`;
  if (!(LANGUAGES as readonly unknown[]).includes(t.language)) return `ticket ${String(t.id)}: bad language`;
  if (!(NOTIFY_TIME_RANGES as readonly unknown[]).includes(t.notifyTimeRange))
    return `ticket ${String(t.id)}: bad notifyTimeRange`;
  if (typeof t.createdAt !== 'number' || !Array.isArray(t.notes))
    return `ticket ${String(t.id)}: bad createdAt or notes`;
  for (const n of t.notes as unknown[]) {
    const note = n as Record<string, unknown> | null;
    if (
      !note ||
      typeof note.noteId !== 'string' ||
      typeof note.content !== 'string' ||
      typeof note.secretContent !== 'string' ||
      typeof note.fromOfficial !== 'boolean' ||
      typeof note.createdAt !== 'number'
    ) {
      return `ticket ${String(t.id)}: bad note`;
    }
  }
  return null;
}

/**
 * Debounced snapshot writer. Changes bump a counter; a write starts `delayMs` later and serialises the
 * state at that moment, so bursts of changes cost one write. Only one write runs at a time. flush()
 * waits until every change made before the call is on disk — and only those, so a steady stream of
 * new changes cannot keep it waiting forever.
 */
export class SnapshotWriter {
  private changes = 0;
  private written = 0;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly file: string,
    private readonly serialize: () => string,
    private readonly delayMs = 100,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  markDirty(): void {
    this.changes++;
    this.schedule();
  }

  async flush(): Promise<void> {
    const target = this.changes;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.written < target) {
      if (this.writing) await this.writing;
      else await this.writeOnce();
    }
    // Changes that arrived while we waited still get their (debounced) write.
    if (this.changes > this.written) this.schedule();
  }

  /** Final flush; later changes are no longer scheduled (the caller is shutting down). */
  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
  }

  private schedule(): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush().catch(this.onError);
    }, this.delayMs);
  }

  private async writeOnce(): Promise<void> {
    const covers = this.changes;
    const write = writeAtomic(this.file, this.serialize());
    // `writing` never rejects: the error is reported once, through `write`, to this caller.
    this.writing = write.then(
      () => undefined,
      () => undefined,
    );
    try {
      await write;
      this.written = Math.max(this.written, covers);
    } finally {
      this.writing = null;
    }
  }
}
