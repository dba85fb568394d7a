import type { Clock, Disposable } from '../core/ports';
import type { NudgeReason } from '../core/sync/sync-engine';

/** Closing the window hides it (the app keeps syncing in the tray) unless the user is quitting. */
export function closeAction(ctx: {
  quitting: boolean;
  closeToTray: boolean;
  trayAvailable: boolean;
}): 'hide' | 'close' {
  return !ctx.quitting && ctx.closeToTray && ctx.trayAvailable ? 'hide' : 'close';
}

/** macOS apps stay alive without windows (dock, menu bar); elsewhere the last window ends the app. */
export function quitWhenAllWindowsClosed(platform: NodeJS.Platform): boolean {
  return platform !== 'darwin';
}

/**
 * The shortest gap between two nudges of the same reason. Windows often emits `resume` twice per
 * wake-up, and focus flips every time the user alt-tabs; one sync per burst is enough.
 */
export const NUDGE_MIN_GAP_MS: Record<NudgeReason, number> = { resume: 10_000, online: 5_000, focus: 30_000 };

/** Drops nudges that repeat the same reason within its minimum gap. */
export function createNudgeGuard(
  nudge: (reason: NudgeReason) => void,
  clock: Pick<Clock, 'now'>,
  minGapMs: Record<NudgeReason, number> = NUDGE_MIN_GAP_MS,
): (reason: NudgeReason) => boolean {
  const last = new Map<NudgeReason, number>();
  return (reason) => {
    const now = clock.now();
    const previous = last.get(reason);
    if (previous !== undefined && now - previous < minGapMs[reason]) return false;
    last.set(reason, now);
    nudge(reason);
    return true;
  };
}

/**
 * Electron's main process has no "online" event (only `net.isOnline()`), so connectivity is sampled
 * and a change from offline to online is reported.
 */
export function watchConnectivity(
  isOnline: () => boolean,
  onOnline: () => void,
  clock: Clock,
  intervalMs = 5_000,
): Disposable {
  let wasOnline = isOnline();
  let timer: Disposable | undefined;
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    const online = isOnline();
    if (online && !wasOnline) onOnline();
    wasOnline = online;
    timer = clock.setTimeout(tick, intervalMs);
  };
  timer = clock.setTimeout(tick, intervalMs);
  return {
    dispose() {
      stopped = true;
      timer?.dispose();
    },
  };
}
