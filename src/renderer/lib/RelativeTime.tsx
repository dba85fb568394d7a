import { useTranslation } from 'react-i18next';
import { formatAbsolute, formatRelative } from './format-time';
import { useNow } from './use-now';

/** "3 hours ago", with the exact date and time on hover and for assistive tech. */
export function RelativeTime({ time, className }: { time: number; className?: string }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const absolute = formatAbsolute(time, i18n.language);
  return (
    <time className={className} dateTime={new Date(time).toISOString()} title={absolute}>
      {formatRelative(time, now, i18n.language, t('time.justNow'))}
    </time>
  );
}
