import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatAbsolute, formatRelative } from './format-time';
import { useNow } from './use-now';

/** The <time> element, for callers that already hold `t`, the language and the clock (inbox rows). */
export function relativeTime(time: number, now: number, language: string, t: TFunction, className?: string) {
  return (
    <time className={className} dateTime={new Date(time).toISOString()} title={formatAbsolute(time, language)}>
      {formatRelative(time, now, language, t('time.justNow'))}
    </time>
  );
}

/** "3 hours ago", with the exact date and time on hover and for assistive tech. */
export function RelativeTime({ time, className }: { time: number; className?: string }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  return relativeTime(time, now, i18n.language, t, className);
}
