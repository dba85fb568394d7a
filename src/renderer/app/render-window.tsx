import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { i18n as I18n } from 'i18next';
import { App } from './App';
import type { AppStore } from './store';

/** Mounts the app. Its own chunk, so react-dom and the views evaluate while the boot requests are out. */
export function renderWindow(root: HTMLElement, store: AppStore, i18n: I18n): void {
  createRoot(root).render(
    <StrictMode>
      <App store={store} i18n={i18n} />
    </StrictMode>,
  );
}
