import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { formatDay } from '../../lib/format-time';

/**
 * "Created" range as one compact button in the filter row; the two date inputs open in a small
 * popover, so the toolbar stays one row. Esc or a click outside closes it and gives focus back.
 */
export function DateRangeFilter() {
  const { t, i18n } = useTranslation();
  const from = useAppStore((s) => s.inbox.createdFrom);
  const to = useAppStore((s) => s.inbox.createdTo);
  const setFrom = useAppStore((s) => s.setCreatedFrom);
  const setTo = useAppStore((s) => s.setCreatedTo);
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const popoverId = useId();

  useEffect(() => {
    if (!open) return;
    firstRef.current?.focus();
    const onPointer = (e: MouseEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const day = (iso: string) => formatDay(iso, i18n.language);
  const range =
    from && to
      ? t('inbox.createdRange', { from: day(from), to: day(to) })
      : from
        ? t('inbox.createdSince', { from: day(from) })
        : to
          ? t('inbox.createdUntil', { to: day(to) })
          : '';

  return (
    <div
      ref={rootRef}
      className="date-filter"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={`compact-select date-filter-button${range ? ' is-set' : ''}`}
        aria-label={t('inbox.createdLabel', { range: range || t('inbox.createdAny') })}
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        onClick={() => setOpen(!open)}
      >
        <span className="date-filter-text">{range || t('inbox.createdButton')}</span>
      </button>
      {open && (
        <div id={popoverId} className="date-popover" role="group" aria-label={t('inbox.createdButton')}>
          <label className="date-popover-field">
            <span>{t('inbox.createdFrom')}</span>
            <input
              ref={firstRef}
              type="date"
              className="compact-date"
              value={from}
              max={to || undefined}
              onChange={(e) => setFrom(e.target.value)}
            />
          </label>
          <label className="date-popover-field">
            <span>{t('inbox.createdTo')}</span>
            <input
              type="date"
              className="compact-date"
              value={to}
              min={from || undefined}
              onChange={(e) => setTo(e.target.value)}
            />
          </label>
          <div className="date-popover-actions">
            <button
              type="button"
              className="link-button"
              disabled={!from && !to}
              onClick={() => {
                setFrom('');
                setTo('');
              }}
            >
              {t('inbox.clearDates')}
            </button>
            <button type="button" className="button button-small" onClick={close}>
              {t('inbox.done')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
