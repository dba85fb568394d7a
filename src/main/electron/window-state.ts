import type { Logger } from '../core/ports';
import { readJson, writeJsonAtomic } from '../core/storage/json-file';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Remembered between runs in userData/window-state.json. No position means "let the OS centre it". */
export interface WindowState {
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { bounds: { width: 1280, height: 800 }, maximized: false };
export const MIN_WINDOW_SIZE = { width: 880, height: 560 };
/** How much of the window must be on a screen for the saved position to be reused. */
const MIN_VISIBLE = { width: 160, height: 80 };

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Turns whatever was saved into a state that is safe for the current screens: sizes at least the
 * minimum and at most the largest work area; a position kept only when enough of the window would
 * be visible (monitors get unplugged, resolutions change).
 */
export function restoreWindowState(raw: unknown, workAreas: readonly Rect[]): WindowState {
  if (!raw || typeof raw !== 'object') return DEFAULT_WINDOW_STATE;
  const saved = raw as { bounds?: Record<string, unknown>; maximized?: unknown };
  const b = saved.bounds ?? {};
  if (!isNum(b['width']) || !isNum(b['height'])) return DEFAULT_WINDOW_STATE;
  const maxWidth = Math.max(MIN_WINDOW_SIZE.width, ...workAreas.map((a) => a.width));
  const maxHeight = Math.max(MIN_WINDOW_SIZE.height, ...workAreas.map((a) => a.height));
  const width = Math.round(Math.min(Math.max(b['width'], MIN_WINDOW_SIZE.width), maxWidth));
  const height = Math.round(Math.min(Math.max(b['height'], MIN_WINDOW_SIZE.height), maxHeight));
  const maximized = saved.maximized === true;
  if (!isNum(b['x']) || !isNum(b['y'])) return { bounds: { width, height }, maximized };
  const rect = { x: Math.round(b['x']), y: Math.round(b['y']), width, height };
  const visible = workAreas.some((area) => {
    const o = overlap(rect, area);
    return o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height;
  });
  return visible ? { bounds: rect, maximized } : { bounds: { width, height }, maximized };
}

/** The parts of a BrowserWindow the state is read from. */
export interface WindowStateSource {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

/** The un-maximized bounds are saved, so un-maximizing after a restart returns to the right size. */
export function captureWindowState(win: WindowStateSource): WindowState {
  return { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
}

export interface WindowStateFile {
  load(workAreas: readonly Rect[]): Promise<WindowState>;
  /** The newest state (loaded or saved), checked against today's screens: for re-opening a window. */
  latest(workAreas: readonly Rect[]): WindowState;
  save(state: WindowState): Promise<void>;
}

export function windowStateFile(file: string, logger: Logger): WindowStateFile {
  let writing: Promise<void> = Promise.resolve();
  let latest: unknown = null;
  return {
    async load(workAreas) {
      latest = await readJson<unknown>(file, null).catch((error: unknown) => {
        logger.warn('window state unreadable, using defaults', { error: String(error) });
        return null;
      });
      return restoreWindowState(latest, workAreas);
    },
    latest: (workAreas) => restoreWindowState(latest, workAreas),
    save(state) {
      latest = state;
      writing = writing
        .then(() => writeJsonAtomic(file, state))
        .catch((error: unknown) => logger.warn('could not save window state', { error: String(error) }));
      return writing;
    },
  };
}
