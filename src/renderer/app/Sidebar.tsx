import { useTranslation } from 'react-i18next';
import { GroupNav } from '../features/inbox/GroupNav';
import { AccountSwitcher } from '../features/settings/AccountSwitcher';
import { SyncStatusBar } from '../features/sync/SyncStatusBar';
import { useAppStore } from './store';

/** Brand, account, New ticket, status groups, Settings and sync status. */
export function Sidebar() {
  const { t } = useTranslation();
  const view = useAppStore((s) => s.shell.view);
  const openCompose = useAppStore((s) => s.openCompose);
  const setView = useAppStore((s) => s.setView);
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <AccountSwitcher />
      <button
        type="button"
        className="button button-primary new-ticket"
        aria-current={view === 'compose' ? 'page' : undefined}
        onClick={openCompose}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M8 3v10M3 8h10" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        {t('nav.newTicket')}
        <kbd className="kbd" aria-hidden="true">
          N
        </kbd>
      </button>
      <GroupNav />
      <div className="sidebar-spacer" />
      <button
        type="button"
        className="nav-button"
        aria-current={view === 'settings' ? 'page' : undefined}
        onClick={() => setView('settings')}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <circle cx="8" cy="8" r="2.2" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path
            d="M8 1.8v1.6M8 12.6v1.6M14.2 8h-1.6M3.4 8H1.8M12.4 3.6l-1.1 1.1M4.7 11.3l-1.1 1.1M12.4 12.4l-1.1-1.1M4.7 4.7 3.6 3.6"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
          />
        </svg>
        {t('nav.settings')}
      </button>
      <SyncStatusBar />
    </nav>
  );
}
