import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/error-text';
import { useAppStore } from '../../app/store';
import { InboxToolbar } from './InboxToolbar';
import { TicketList } from './TicketList';

/** Toolbar plus the list, or a state that says what to do next. */
export function InboxPane() {
  const { t } = useTranslation();
  const group = useAppStore((s) => s.inbox.group);
  return (
    <div className="inbox-pane">
      {/* The page's one h1 for screen readers; the selected group button already shows it visually. */}
      <h1 className="visually-hidden">{t('inbox.heading', { group: t(`groups.${group}`) })}</h1>
      <InboxToolbar />
      <InboxBody />
    </div>
  );
}

function InboxBody() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const status = useAppStore((s) => s.inbox.status);
  const total = useAppStore((s) => s.inbox.total);
  const error = useAppStore((s) => s.inbox.error);
  const filtered = useAppStore((s) =>
    Boolean(
      s.inbox.query || s.inbox.productCode || s.inbox.createdFrom || s.inbox.createdTo || s.inbox.group !== 'all',
    ),
  );
  const retry = useAppStore((s) => s.loadInboxFirstPage);
  const clear = useAppStore((s) => s.clearInboxFilters);
  const openCompose = useAppStore((s) => s.openCompose);

  if (status === 'error' && total === null) {
    return (
      <div className="empty-state" role="alert">
        <h2 className="empty-title">{t('inbox.errorTitle')}</h2>
        <p className="empty-body">{t('inbox.errorBody', { message: error ? errorText(error) : '' })}</p>
        <button type="button" className="button" onClick={() => void retry()}>
          {t('inbox.retry')}
        </button>
      </div>
    );
  }
  if (total === null) {
    return (
      <div className="empty-state" aria-busy="true">
        <span className="spinner" aria-hidden="true" />
        <p className="empty-body">{t('inbox.loading')}</p>
      </div>
    );
  }
  if (total === 0) {
    return filtered ? (
      <div className="empty-state">
        <h2 className="empty-title">{t('inbox.emptyFilteredTitle')}</h2>
        <p className="empty-body">{t('inbox.emptyFilteredBody')}</p>
        <button type="button" className="button" onClick={clear}>
          {t('inbox.clearFilters')}
        </button>
      </div>
    ) : (
      <div className="empty-state">
        <h2 className="empty-title">{t('inbox.emptyTitle')}</h2>
        <p className="empty-body">{t('inbox.emptyBody')}</p>
        <button type="button" className="button button-primary" onClick={openCompose}>
          {t('inbox.emptyAction')}
        </button>
      </div>
    );
  }
  return <TicketList />;
}
