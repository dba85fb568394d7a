import { localeOf } from './i18n';

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/** "2 minutes ago", "3 天前" — localized by Intl; under a minute is `justNow`. */
export function formatRelative(timeMs: number, nowMs: number, language: string, justNow: string): string {
  const diff = timeMs - nowMs;
  const rtf = new Intl.RelativeTimeFormat(localeOf(language), { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size) return rtf.format(Math.round(diff / size), unit);
  }
  return justNow;
}

/** Full date and time for tooltips and headers. */
export function formatAbsolute(timeMs: number, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(timeMs);
}

/** Short time for today's messages, short date otherwise. */
export function formatShort(timeMs: number, nowMs: number, language: string): string {
  const sameDay = new Date(timeMs).toDateString() === new Date(nowMs).toDateString();
  return new Intl.DateTimeFormat(
    localeOf(language),
    sameDay ? { timeStyle: 'short' } : { month: 'short', day: 'numeric' },
  ).format(timeMs);
}
