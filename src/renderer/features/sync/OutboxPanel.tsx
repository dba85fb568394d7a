import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/error-text';
import type { OutboxItem } from '../../../shared/domain';
import { useAppStore } from '../../app/store';
import { RelativeTime } from '../../lib/RelativeTime';
import { isPending } from './sync-slice';

const KIND_KEYS = { create: 'sync.kindCreate', reply: 'sync.kindReply', close: 'sync.kindClose' } as const;

/** Pending operations with their last error; each can be retried or discarded. */
export function OutboxPanel() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const outbox = useAppStore((s) => s.outbox);
  const error = useAppStore((s) => s.outboxError);
  const items = outbox.filter(isPending);
  return (
    <section id="outbox-panel" className="outbox-panel" aria-labelledby="outbox-title">
      <h2 id="outbox-title" className="outbox-title">
        {t('sync.outboxTitle')}
      </h2>
      {error && <p className="field-error">{errorText(error)}</p>}
      {items.length === 0 ? (
        <p className="muted">{t('sync.outboxEmpty')}</p>
      ) : (
        <ul className="outbox-list">
          {items.map((item) => (
            <OutboxRow key={item.id} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

function OutboxRow({ item }: { item: OutboxItem }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const retry = useAppStore((s) => s.retryOutbox);
  const discard = useAppStore((s) => s.discardOutbox);
  return (
    <li className={`outbox-item outbox-${item.state}`}>
      <div className="outbox-line">
        <span className="outbox-kind">{t(KIND_KEYS[item.kind])}</span>
        <span className="outbox-state">{t(`ticket.outbox.${item.state}`)}</span>
        <RelativeTime className="outbox-time" time={item.createdAt} />
      </div>
      <div className="outbox-summary">{item.summary}</div>
      {item.lastError && <div className="outbox-error">{errorText(item.lastError)}</div>}
      <div className="outbox-line">
        <span className="muted">{t('sync.attempts', { count: item.attempts })}</span>
        <button
          type="button"
          className="button button-small"
          aria-label={t('sync.retryItem', { summary: item.summary })}
          disabled={item.state === 'sending'}
          onClick={() => void retry(item.id)}
        >
          {t('sync.retry')}
        </button>
        <button
          type="button"
          className="button button-small button-ghost"
          aria-label={t('sync.discardItem', { summary: item.summary })}
          disabled={item.state === 'sending'}
          onClick={() => void discard(item.id)}
        >
          {t('sync.discard')}
        </button>
      </div>
    </li>
  );
}
