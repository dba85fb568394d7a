import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CONTENT } from '../../../shared/ipc';
import { useAppStore } from '../../app/store';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** The reply composer; Ctrl/Cmd+Enter sends, the confidential part is optional. */
export function ReplyBox({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const content = useAppStore((s) => s.replyDrafts[ticketId]?.content ?? '');
  const secret = useAppStore((s) => s.replyDrafts[ticketId]?.secret ?? '');
  const showSecret = useAppStore((s) => s.replyDrafts[ticketId]?.showSecret ?? false);
  const sending = useAppStore((s) => s.ticket.sending);
  const replyError = useAppStore((s) => s.ticket.replyError);
  const queued = useAppStore((s) => s.ticket.queued === 'reply');
  const focus = useAppStore((s) => s.shell.focus);
  const setContent = useAppStore((s) => s.setReplyContent);
  const setSecret = useAppStore((s) => s.setReplySecret);
  const toggleSecret = useAppStore((s) => s.toggleReplySecret);
  const send = useAppStore((s) => s.sendReply);
  const replyRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (focus?.target === 'reply') replyRef.current?.focus();
  }, [focus]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void send();
    }
  };
  const errorText = replyError === 'empty' ? t('ticket.replyEmpty') : replyError?.message;

  return (
    <form
      className="reply-box"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      {queued && (
        <p className="notice notice-info" aria-live="polite">
          {t('ticket.replyQueued')}
        </p>
      )}
      <textarea
        ref={replyRef}
        className="reply-input"
        aria-label={t('ticket.reply')}
        placeholder={t('ticket.replyPlaceholder')}
        value={content}
        maxLength={MAX_CONTENT}
        rows={3}
        aria-invalid={replyError ? true : undefined}
        aria-describedby={errorText ? 'reply-error' : undefined}
        onChange={(e) => setContent(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {showSecret && (
        <textarea
          className="reply-input reply-secret"
          aria-label={t('ticket.confidentialReply')}
          placeholder={t('ticket.confidentialReplyPlaceholder')}
          value={secret}
          maxLength={MAX_CONTENT}
          rows={2}
          onChange={(e) => setSecret(e.target.value)}
          onKeyDown={onKeyDown}
        />
      )}
      {errorText && (
        <p id="reply-error" className="field-error" role="alert">
          {errorText}
        </p>
      )}
      <div className="reply-actions">
        <button
          type="button"
          className="button button-ghost button-small"
          aria-expanded={showSecret}
          onClick={toggleSecret}
        >
          {showSecret ? t('ticket.removeConfidential') : t('ticket.addConfidential')}
        </button>
        <span className="reply-hint">{isMac ? t('ticket.sendHintMac') : t('ticket.sendHint')}</span>
        <button type="submit" className="button button-primary" disabled={sending}>
          {t('ticket.sendReply')}
        </button>
      </div>
    </form>
  );
}
