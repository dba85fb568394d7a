import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useAppStore, useAppStoreApi } from '../../app/store';
import { HighlightedText } from '../../lib/HighlightedText';
import { relativeTime } from '../../lib/RelativeTime';
import { stateBadge } from '../../lib/StateBadge';

interface TicketRowViewProps {
  index: number;
  /** Translation, language and clock come from the list: one subscription each instead of one per row. */
  t: TFunction;
  language: string;
  now: number;
}

const ACTIVE = 1;
const SELECTED = 2;

/**
 * One inbox row, a link to the ticket (not a button, so titles never clash with command names).
 * It selects its own ticket by id so a change re-renders only this row; it is one component with
 * two store subscriptions because a screenful of rows is on the path to the first paint. */
export const TicketRowView = memo(function TicketRowView({ index, t, language, now }: TicketRowViewProps) {
  const store = useAppStoreApi();
  const row = useAppStore((s) => {
    const id = s.idAt(index);
    return id === undefined ? undefined : s.rows[id];
  });
  const flags = useAppStore(
    (s) =>
      (s.inbox.activeIndex === index ? ACTIVE : 0) | (row !== undefined && s.ticket.openId === row.id ? SELECTED : 0),
  );

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
  const selected = (flags & SELECTED) !== 0;
  return (
    <div className={`ticket-row${selected ? ' is-selected' : ''}${unread ? ' is-unread' : ''}`}>
      <a
        href={`#ticket/${encodeURIComponent(row.id)}`}
        className="ticket-row-button"
        data-row-index={index}
        tabIndex={flags & ACTIVE ? 0 : -1}
        aria-current={selected ? 'true' : undefined}
        onClick={(e) => {
          e.preventDefault();
          const s = store.getState();
          s.setActiveIndex(index);
          void s.openTicket(row.id);
        }}
      >
        <span className="ticket-row-line">
          <span className={`unread-dot${unread ? '' : ' is-read'}`} aria-hidden="true" />
          <span className="ticket-title">
            <HighlightedText segments={row.titleHighlight} fallback={row.title} />
          </span>
          {unread && <span className="visually-hidden">{t('inbox.unread')}</span>}
          {stateBadge(t, row)}
        </span>
        <span className="ticket-row-line ticket-meta">
          <span className="ticket-id">#{row.id}</span>
          <span className="ticket-product">{row.productName || row.productCode}</span>
          {relativeTime(row.createdAt, now, language, t, 'ticket-time')}
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
