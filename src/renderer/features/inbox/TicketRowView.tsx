import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { HighlightedText } from '../../lib/HighlightedText';
import { RelativeTime } from '../../lib/RelativeTime';
import { StateBadge } from '../../lib/StateBadge';

/**
 * One inbox row, a link to the ticket (not a button, so titles never clash with command names).
 * It selects its own ticket by id so a change re-renders only this row. */
export const TicketRowView = memo(function TicketRowView({ index }: { index: number }) {
  const { t } = useTranslation();
  const id = useAppStore((s) => s.idAt(index));
  const row = useAppStore((s) => (id === undefined ? undefined : s.rows[id]));
  const active = useAppStore((s) => s.inbox.activeIndex === index);
  const selected = useAppStore((s) => id !== undefined && s.ticket.openId === id);
  const openTicket = useAppStore((s) => s.openTicket);
  const setActiveIndex = useAppStore((s) => s.setActiveIndex);

  if (!row) {
    return (
      <div className="ticket-row ticket-row-loading">
        <span className="skeleton skeleton-title" aria-hidden="true" />
        <span className="skeleton skeleton-meta" aria-hidden="true" />
        <span className="visually-hidden">{t('inbox.loadingRow')}</span>
      </div>
    );
  }
  const unread = row.unread > 0;
  return (
    <div className={`ticket-row${selected ? ' is-selected' : ''}${unread ? ' is-unread' : ''}`}>
      <a
        href={`#ticket/${encodeURIComponent(row.id)}`}
        className="ticket-row-button"
        data-row-index={index}
        tabIndex={active ? 0 : -1}
        aria-current={selected ? 'true' : undefined}
        onClick={(e) => {
          e.preventDefault();
          setActiveIndex(index);
          void openTicket(row.id);
        }}
      >
        <span className="ticket-row-line">
          <span className={`unread-dot${unread ? '' : ' is-read'}`} aria-hidden="true" />
          <span className="ticket-title">
            <HighlightedText segments={row.titleHighlight} fallback={row.title} />
          </span>
          {unread && <span className="visually-hidden">{t('inbox.unread')}</span>}
          <StateBadge state={row.state} group={row.group} pending={row.pending} />
        </span>
        <span className="ticket-row-line ticket-meta">
          <span className="ticket-id">#{row.id}</span>
          <span className="ticket-product">{row.productName || row.productCode}</span>
          <RelativeTime className="ticket-time" time={row.createdAt} />
        </span>
        {row.snippet && row.snippet.length > 0 && (
          <span className="ticket-snippet">
            <HighlightedText segments={row.snippet} fallback="" />
          </span>
        )}
      </a>
    </div>
  );
});
