import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { useNow } from '../../lib/use-now';
import { TicketRowView } from './TicketRowView';

const ROW_HEIGHT = 76;

/** The virtualized ticket list: only rows near the viewport exist in the DOM, pages load as they appear. */
export function TicketList() {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const total = useAppStore((s) => s.inbox.total ?? 0);
  const activeIndex = useAppStore((s) => s.inbox.activeIndex);
  const focus = useAppStore((s) => s.shell.focus);
  const ensureRange = useAppStore((s) => s.ensureInboxRange);
  const scrollRef = useRef<HTMLDivElement>(null);

  // The app does not use React Compiler; the virtualizer re-renders this component on scroll itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 420, height: 900 },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    ensureRange(first, last);
  }, [first, last, total, ensureRange]);

  // Keyboard focus follows the cursor; scroll first so the row exists before it is focused.
  useEffect(() => {
    if (focus?.target !== 'row' && focus?.target !== 'list') return;
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    const id = requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${activeIndex}"]`)?.focus();
    });
    return () => cancelAnimationFrame(id);
  }, [focus, activeIndex, virtualizer]);

  return (
    <div ref={scrollRef} className="ticket-scroll">
      <div
        role="list"
        aria-label={t('inbox.listLabel')}
        style={{ height: virtualizer.getTotalSize() }}
        className="ticket-list"
      >
        {items.map((item) => (
          <div
            key={item.key}
            role="listitem"
            aria-posinset={item.index + 1}
            aria-setsize={total}
            className="ticket-slot"
            style={{ transform: `translateY(${item.start}px)`, height: item.size }}
          >
            <TicketRowView index={item.index} t={t} language={i18n.language} now={now} />
          </div>
        ))}
      </div>
    </div>
  );
}
