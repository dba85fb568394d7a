import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/error-text';
import { useAppStore } from '../../app/store';
import { formatAbsolute, formatRelative } from '../../lib/format-time';
import { useNow } from '../../lib/use-now';
import { OutboxPanel } from './OutboxPanel';
import { isPending } from './sync-slice';
import { syncTone } from './sync-tone';

/** Bottom of the sidebar: what sync is doing, "Sync now", and the outbox. */
export function SyncStatusBar() {
  const { t } = useTranslation();
  const pending = useAppStore((s) => s.outbox.filter(isPending).length);
  const outboxOpen = useAppStore((s) => s.outboxOpen);
  const setOutboxOpen = useAppStore((s) => s.setOutboxOpen);
  const syncNow = useAppStore((s) => s.syncNow);
  const syncing = useAppStore((s) => s.sync?.state === 'syncing');

  return (
    <div className="sync-bar">
      {outboxOpen && <OutboxPanel />}
      <SyncStatusText />
      <div className="sync-actions">
        <button type="button" className="button button-small" disabled={syncing} onClick={() => void syncNow()}>
          <svg className={syncing ? 'spin' : undefined} viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path
              d="M13.5 8a5.5 5.5 0 1 1-1.6-3.9M13.5 2.5v3h-3"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
              strokeLinecap="round"
            />
          </svg>
          {t('sync.syncNow')}
        </button>
        <button
          type="button"
          className="button button-small button-ghost"
          aria-expanded={outboxOpen}
          aria-controls="outbox-panel"
          aria-describedby={pending > 0 ? 'outbox-count' : undefined}
          onClick={() => setOutboxOpen(!outboxOpen)}
        >
          {t('sync.outbox')}
          {pending > 0 && (
            <span className="pill" aria-hidden="true">
              {pending}
            </span>
          )}
        </button>
        {pending > 0 && (
          <span id="outbox-count" className="visually-hidden">
            {t('sync.outboxCount', { count: pending })}
          </span>
        )}
      </div>
    </div>
  );
}

function SyncStatusText() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const now = useNow();
  const sync = useAppStore((s) => s.sync);
  const online = useAppStore((s) => s.networkOnline);
  const pollSec = useAppStore((s) => s.settings?.pollIntervalSec ?? 300);
  const tone = syncTone(sync, online, now, pollSec);
  let text: string;
  if (!online || sync?.state === 'offline') {
    text = t('sync.offline');
  } else if (sync?.state === 'syncing') {
    text = sync.progress ? t('sync.syncingPages', sync.progress) : t('sync.syncing');
  } else if (sync?.state === 'auth-error') {
    text = t('sync.authError');
  } else if (sync?.state === 'error') {
    text = t('sync.error', { message: sync.error ? errorText(sync.error) : '' });
  } else if (sync?.lastSuccessAt) {
    text = t('sync.lastSynced', { when: formatRelative(sync.lastSuccessAt, now, i18n.language, t('time.justNow')) });
  } else {
    text = t('sync.neverSynced');
  }
  return (
    <div
      className={`sync-status sync-${tone}`}
      role="status"
      aria-label={t('sync.region')}
      title={sync?.lastSuccessAt ? formatAbsolute(sync.lastSuccessAt, i18n.language) : undefined}
    >
      <span className="sync-dot" aria-hidden="true" />
      <span className="sync-text">{text}</span>
    </div>
  );
}
