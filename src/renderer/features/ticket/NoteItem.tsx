import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/error-text';
import type { Note } from '../../../shared/domain';
import { useAppStore } from '../../app/store';
import { formatAbsolute, formatShort } from '../../lib/format-time';
import { useNow } from '../../lib/use-now';

/** One message: support on the left with its badge, yours on the right; an unsent reply shows its state. */
export function NoteItem({ note }: { note: Note }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const now = useNow();
  const retryReply = useAppStore((s) => s.retryReply);
  const discard = useAppStore((s) => s.discardOutbox);
  const official = note.fromOfficial;
  const outbox = note.outbox;
  return (
    <li className={`note ${official ? 'note-support' : 'note-you'}`}>
      <div className="note-avatar" aria-hidden="true">
        {official ? <SupportIcon /> : <YouIcon />}
      </div>
      <div className="note-bubble">
        <div className="note-head">
          <span className="note-author">{official ? t('ticket.support') : t('ticket.you')}</span>
          <time
            className="note-time"
            dateTime={new Date(note.createdAt).toISOString()}
            title={formatAbsolute(note.createdAt, i18n.language)}
          >
            {formatShort(note.createdAt, now, i18n.language)}
          </time>
        </div>
        <div className="note-content">{note.content}</div>
        {note.secretContent && (
          <div className="note-secret">
            <span className="note-secret-label">
              <LockIcon /> {t('ticket.confidential')}
            </span>
            <div className="note-content">{note.secretContent}</div>
          </div>
        )}
        {outbox && outbox.state !== 'sent' && (
          <div className={`note-outbox note-outbox-${outbox.state}`}>
            <span className="note-outbox-state">{t(`ticket.outbox.${outbox.state}`)}</span>
            {outbox.error && <span className="note-outbox-error">{errorText(outbox.error)}</span>}
            {(outbox.state === 'failed' || outbox.state === 'queued') && (
              <span className="note-outbox-actions">
                <button type="button" className="button button-small" onClick={() => void retryReply(outbox.id)}>
                  {t('ticket.retrySend')}
                </button>
                {outbox.state === 'failed' && (
                  <button
                    type="button"
                    className="button button-small button-ghost"
                    onClick={() => void discard(outbox.id)}
                  >
                    {t('ticket.discard')}
                  </button>
                )}
              </span>
            )}
          </div>
        )}
      </div>
    </li>
  );
}

function SupportIcon() {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18">
      <path
        d="M4 10a6 6 0 0 1 12 0v3a2 2 0 0 1-2 2h-1v-5h2.2M4 10v3a2 2 0 0 0 2 2h1v-5H4.8"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </svg>
  );
}

function YouIcon() {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18">
      <circle cx="10" cy="7" r="3.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path
        d="M4 16.5c1-3 3.4-4.5 6-4.5s5 1.5 6 4.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </svg>
  );
}

export function LockIcon() {
  return (
    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
      <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
