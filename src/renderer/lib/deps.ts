import type { WorkorderBridge } from '../../shared/ipc';

/** What the slices need from the outside world; tests pass fakes, the app passes the real ones. */
export interface Deps {
  bridge: WorkorderBridge;
  /** Drafts and layout survive restarts here (localStorage in the app). */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** Debounce for search typing, in ms. */
  searchDelayMs: number;
}

/** Reads a JSON value from storage; a missing or corrupt entry gives `fallback`. */
export function readStored<T>(storage: Deps['storage'], key: string, fallback: T): T {
  try {
    const raw = storage.getItem(key);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

export function writeStored(storage: Deps['storage'], key: string, value: unknown): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or unavailable: losing a draft copy must not break typing.
  }
}
