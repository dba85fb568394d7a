import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LIST_WIDTH_MAX, LIST_WIDTH_MIN } from './shell-slice';
import { useAppStore } from './store';

const STEP = 24;

/** Drag or use arrow keys to resize the ticket list; the width is remembered. */
export function Resizer() {
  const { t } = useTranslation();
  const width = useAppStore((s) => s.shell.listWidth);
  const setWidth = useAppStore((s) => s.setListWidth);
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);

  return (
    <div
      className="resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('app.resizeList')}
      aria-valuemin={LIST_WIDTH_MIN}
      aria-valuemax={LIST_WIDTH_MAX}
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={(e) => {
        drag.current = { startX: e.clientX, startWidth: width };
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (drag.current) setWidth(drag.current.startWidth + e.clientX - drag.current.startX);
      }}
      onPointerUp={() => {
        drag.current = null;
      }}
      onKeyDown={(e) => {
        const delta = e.key === 'ArrowLeft' ? -STEP : e.key === 'ArrowRight' ? STEP : 0;
        if (e.key === 'Home') setWidth(LIST_WIDTH_MIN);
        else if (e.key === 'End') setWidth(LIST_WIDTH_MAX);
        else if (delta) setWidth(width + delta);
        else return;
        e.preventDefault();
      }}
    />
  );
}
