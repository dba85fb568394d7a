import { localeOf } from './i18n';

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

// Creating an Intl formatter costs far more than formatting with one (tens of ms for a screen of
// rows), so each locale + style is built once and reused.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function dateFormat(language: string, style: 'absolute' | 'time' | 'day'): Intl.DateTimeFormat {
  const key = `${language}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'absolute'
        ? { dateStyle: 'medium', timeStyle: 'short' }
        : style === 'time'
          ? { timeStyle: 'short' }
          : { month: 'short', day: 'numeric' };
    format = new Intl.DateTimeFormat(localeOf(language), options);
    dateFormats.set(key, format);
  }
  return format;
}

function relativeFormat(language: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(language);
  if (!format) {
    format = new Intl.RelativeTimeFormat(localeOf(language), { numeric: 'auto' });
    relativeFormats.set(language, format);
  }
  return format;
}

/**
 * Builds the formatters the first screen uses. The first Intl object in a page costs 25-45 ms
 * (ICU start-up, whatever the locale); called while the boot requests are in flight, that cost
 * overlaps the wait instead of delaying the first rows.
 */
export function warmUpFormatters(language: string): void {
  relativeFormat(language);
  dateFormat(language, 'absolute');
}

/** "2 minutes ago", "3 天前" — localized by Intl; under a minute is `justNow`. */
export function formatRelative(timeMs: number, nowMs: number, language: string, justNow: string): string {
  const diff = timeMs - nowMs;
  const rtf = relativeFormat(language);
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size) return rtf.format(Math.round(diff / size), unit);
  }
  return justNow;
}

/** Full date and time for tooltips and headers. */
export function formatAbsolute(timeMs: number, language: string): string {
  return dateFormat(language, 'absolute').format(timeMs);
}

/** Short time for today's messages, short date otherwise. */
export function formatShort(timeMs: number, nowMs: number, language: string): string {
  const sameDay = new Date(timeMs).toDateString() === new Date(nowMs).toDateString();
  return dateFormat(language, sameDay ? 'time' : 'day').format(timeMs);
}

/** "Dec 4" / "12月4日" for a calendar day given as the yyyy-mm-dd of a date input (local time). */
export function formatDay(isoDay: string, language: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return dateFormat(language, 'day').format(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}
