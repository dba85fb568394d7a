import type { Logger } from '../core/ports';
import { readJson, writeJsonAtomic } from '../core/storage/json-file';

/** Replies already announced, kept across restarts so none is announced twice. */
export interface NotifiedLog {
  has(key: string): boolean;
  /** Remembers keys at once (in memory) and persists them; resolves when written. */
  add(keys: readonly string[]): Promise<void>;
}

/**
 * A bounded, insertion-ordered set in a JSON file (userData/notified.json). Only the newest `limit`
 * keys are kept: the core reports a reply as new once, so the log only has to outlive duplicate
 * deliveries (resume, restart, re-sync), not hold history forever.
 */
export async function openNotifiedLog(file: string, logger: Logger, limit = 2000): Promise<NotifiedLog> {
  const raw = await readJson<unknown>(file, { keys: [] }).catch((error: unknown) => {
    logger.warn('notification log unreadable, starting empty', { error: String(error) });
    return { keys: [] };
  });
  const stored = raw && typeof raw === 'object' && Array.isArray((raw as { keys?: unknown }).keys);
  const keys = new Set<string>(
    stored ? (raw as { keys: unknown[] }).keys.filter((k): k is string => typeof k === 'string').slice(-limit) : [],
  );
  let writing: Promise<void> = Promise.resolve();

  return {
    has: (key) => keys.has(key),
    add(newKeys) {
      if (newKeys.length === 0) return writing;
      for (const key of newKeys) {
        keys.delete(key);
        keys.add(key);
      }
      for (const oldest of keys) {
        if (keys.size <= limit) break;
        keys.delete(oldest);
      }
      const snapshot = [...keys];
      // Serialised so an older snapshot can never overwrite a newer one.
      writing = writing
        .then(() => writeJsonAtomic(file, { keys: snapshot }))
        .catch((error: unknown) => logger.warn('could not save notification log', { error: String(error) }));
      return writing;
    },
  };
}
