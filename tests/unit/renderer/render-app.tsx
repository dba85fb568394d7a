import { render } from '@testing-library/react';
import { App } from '../../../src/renderer/app/App';
import { startApp } from '../../../src/renderer/app/start-app';
import { createAppStore, type AppStore } from '../../../src/renderer/app/store';
import type { Deps } from '../../../src/renderer/lib/deps';
import { createI18n } from '../../../src/renderer/lib/i18n';
import type { UiLanguage } from '../../../src/shared/domain';
import { createFakeBridge, type FakeBridge } from './fake-bridge';

/**
 * happy-dom does no layout, so every element measures 0×0 and a virtualized list would show
 * nothing. Give the inbox's scroll container the size of a real window (820 px tall).
 */
const LIST_VIEWPORT = { clientWidth: 420, clientHeight: 820 } as const;
for (const prop of ['clientWidth', 'clientHeight'] as const) {
  Object.defineProperty(HTMLElement.prototype, prop, {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('ticket-scroll') ? LIST_VIEWPORT[prop] : 0;
    },
  });
}

/** A Storage stand-in that outlives a render, to test what survives a restart. */
export function memoryStorage(): Deps['storage'] & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

interface RenderOptions {
  bridge?: FakeBridge;
  storage?: Deps['storage'];
  language?: UiLanguage;
}

/** Renders the whole app over a fake bridge, as the window would. */
export function renderApp(options: RenderOptions = {}) {
  const bridge = options.bridge ?? createFakeBridge();
  const storage = options.storage ?? memoryStorage();
  const store: AppStore = createAppStore({ bridge, storage, searchDelayMs: 0 });
  const i18n = createI18n(options.language ?? 'en');
  // As main.tsx does: boot first, then render; closing the window (unmount) also stops listening.
  const stop = startApp(bridge, store, i18n);
  const view = render(<App store={store} i18n={i18n} />);
  const unmount = () => {
    view.unmount();
    stop();
  };
  return { ...view, unmount, bridge, store, storage };
}
