import type { Clock } from '../../../src/main/core/ports';

/** A manual clock: time moves only when the test calls `advance`. */
export function fakeClock(start = 1_000_000): Clock & { advance(ms: number): void; pending(): number } {
  let now = start;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 0;
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return { dispose: () => void (timers = timers.filter((t) => t.id !== id)) };
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        now = due.at;
        due.fn();
      }
      now = until;
    },
    pending: () => timers.length,
  };
}
