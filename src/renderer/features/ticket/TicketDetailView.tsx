import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/error-text';
import { isClosedState } from '../../../shared/ticket-states';
import { useAppStore } from '../../app/store';
import { Dialog } from '../../lib/Dialog';
import { formatAbsolute } from '../../lib/format-time';
import { StateBadge } from '../../lib/StateBadge';
import { NoteItem } from './NoteItem';
import { ReplyBox } from './ReplyBox';

/** The open ticket: header, conversation, reply box and the close dialog (loaded on demand). */
export function TicketDetailView() {
  const { t, i18n } = useTranslation();
  const detail = useAppStore((s) => s.ticket.detail);
  const closeDialogOpen = useAppStore((s) => s.ticket.closeDialogOpen);
  const closeQueued = useAppStore((s) => s.ticket.queued === 'close');
  const goBack = useAppStore((s) => s.goBack);
  const openCloseDialog = useAppStore((s) => s.openCloseDialog);
  if (!detail) return null;
  const { ticket, notes, pendingClose } = detail;
  const closed = isClosedState(ticket.state);
  const canReply = !closed && !pendingClose && !ticket.pending;
  // ListTickets may not say which product a ticket is for; an unknown fact gets no empty label.
  const product = ticket.productName?.trim() || ticket.productCode.trim();
  const category = ticket.categoryName?.trim();

  return (
    <article className="ticket-detail" aria-labelledby="ticket-title">
      <header className="ticket-header">
        <div className="ticket-header-top">
          <button type="button" className="icon-button back-button" aria-label={t('ticket.back')} onClick={goBack}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
          </button>
          <h2 id="ticket-title" className="ticket-heading">
            {ticket.title}
          </h2>
          {!closed && !pendingClose && !ticket.pending && (
            <button type="button" className="button button-small" onClick={openCloseDialog}>
              {t('ticket.closeTicket')}
            </button>
          )}
        </div>
        <p className="ticket-facts">
          <StateBadge state={ticket.state} group={ticket.group} pending={ticket.pending} />
          {product && (
            <span className="fact">
              <span className="fact-label">{t('ticket.product')}</span>
              {product}
            </span>
          )}
          {category && (
            <span className="fact">
              <span className="fact-label">{t('ticket.category')}</span>
              {category}
            </span>
          )}
          <span className="fact">
            <span className="fact-label">{t('ticket.created')}</span>
            {formatAbsolute(ticket.createdAt, i18n.language)}
          </span>
          <span className="fact ticket-id">#{ticket.id}</span>
        </p>
      </header>
      <ol className="conversation" aria-label={t('ticket.conversation')}>
        {notes.map((note) => (
          <NoteItem key={note.id} note={note} />
        ))}
      </ol>
      {notes.length === 0 && <p className="conversation-empty">{t('ticket.noNotes')}</p>}
      <footer className="ticket-footer">
        {(pendingClose || closeQueued) && !closed && (
          <p className="notice notice-info" aria-live="polite">
            {t('ticket.closeQueued')}
          </p>
        )}
        {ticket.pending && <p className="notice notice-info">{t('ticket.pendingTicket')}</p>}
        {closed && <p className="notice">{t('ticket.closedNotice')}</p>}
        {canReply && <ReplyBox ticketId={ticket.id} />}
      </footer>
      {closeDialogOpen && <CloseTicketDialog />}
    </article>
  );
}

function CloseTicketDialog() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const closing = useAppStore((s) => s.ticket.closing);
  const closeError = useAppStore((s) => s.ticket.closeError);
  const cancel = useAppStore((s) => s.cancelCloseDialog);
  const confirm = useAppStore((s) => s.confirmCloseTicket);
  return (
    <Dialog
      title={t('ticket.closeTitle')}
      onCancel={cancel}
      actions={
        <>
          <button type="button" className="button" onClick={cancel}>
            {t('ticket.cancel')}
          </button>
          <button type="button" className="button button-danger" disabled={closing} onClick={() => void confirm()}>
            {t('ticket.confirmClose')}
          </button>
        </>
      }
    >
      <p>{t('ticket.closeBody')}</p>
      {closeError && <p className="field-error">{errorText(closeError)}</p>}
    </Dialog>
  );
}
