import { Suspense } from 'react';
import { useErrorText } from '../../lib/error-text';
import { useTranslation } from 'react-i18next';
import { TicketDetailView } from '../../app/lazy-views';
import { useAppStore } from '../../app/store';

/** The detail pane: the open ticket's header, conversation and reply box. */
export function TicketPane() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const openId = useAppStore((s) => s.ticket.openId);
  const status = useAppStore((s) => s.ticket.status);
  const error = useAppStore((s) => s.ticket.error);
  const reload = useAppStore((s) => s.reloadTicket);

  if (openId === null) {
    return (
      <div className="empty-state empty-state-detail">
        <div className="empty-illustration" aria-hidden="true" />
        <h2 className="empty-title">{t('inbox.noneSelectedTitle')}</h2>
        <p className="empty-body">{t('inbox.noneSelectedBody')}</p>
      </div>
    );
  }
  if (status === 'loading') return <TicketLoading />;
  if (status === 'error') {
    return (
      <div className="empty-state" role="alert">
        <h2 className="empty-title">{t('ticket.errorTitle')}</h2>
        <p className="empty-body">{error ? errorText(error) : null}</p>
        <button type="button" className="button" onClick={() => void reload()}>
          {t('ticket.retry')}
        </button>
      </div>
    );
  }
  return (
    <Suspense fallback={<TicketLoading />}>
      <TicketDetailView />
    </Suspense>
  );
}

function TicketLoading() {
  const { t } = useTranslation();
  return (
    <div className="empty-state" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      <p className="empty-body">{t('ticket.loading')}</p>
    </div>
  );
}
