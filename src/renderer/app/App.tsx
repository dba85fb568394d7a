import { Suspense, useEffect } from 'react';
import { useErrorText } from '../lib/error-text';
import { applyTheme } from '../lib/theme';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { InboxPane } from '../features/inbox/InboxPane';
import { FirstRun } from '../features/onboarding/FirstRun';
import { TicketPane } from '../features/ticket/TicketPane';
import { ComposeView, preloadViews, SettingsView } from './lazy-views';
import { Resizer } from './Resizer';
import { Sidebar } from './Sidebar';
import { StoreProvider, useAppStore, type AppStore } from './store';
import { useShortcuts } from './use-shortcuts';

interface AppProps {
  store: AppStore;
  i18n: I18n;
}

/** Renders the window; startApp (called first) wires the store to main and boots it. */
export function App({ store, i18n }: AppProps) {
  useShortcuts(store);
  return (
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>
        <Preferences />
        <PreloadViews />
        <Screen />
      </StoreProvider>
    </I18nextProvider>
  );
}

/** Theme and language follow the settings. */
function Preferences() {
  const { i18n } = useTranslation();
  const theme = useAppStore((s) => s.settings?.theme ?? 'system');
  const language = useAppStore((s) => s.settings?.language);
  useEffect(() => applyTheme(theme), [theme]);
  useEffect(() => {
    if (language && i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : (language ?? 'en');
  }, [language, i18n]);
  return null;
}

/** Once the first screen has its data, fetch the other views while the window is idle. */
function PreloadViews() {
  const settled = useAppStore(
    (s) =>
      s.boot.phase === 'ready' && (s.accounts.length === 0 || s.inbox.status === 'ready' || s.inbox.status === 'error'),
  );
  useEffect(() => {
    if (!settled) return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(preloadViews, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(preloadViews, 200);
    return () => clearTimeout(id);
  }, [settled]);
  return null;
}

function Screen() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const phase = useAppStore((s) => s.boot.phase);
  const error = useAppStore((s) => s.boot.error);
  const firstRun = useAppStore((s) => s.accounts.length === 0 && s.shell.view !== 'settings');
  const retry = useAppStore((s) => s.bootApp);

  if (phase === 'loading') {
    return (
      <div className="splash" aria-busy="true">
        <span className="brand-mark brand-mark-large" aria-hidden="true" />
        <p>{t('app.loading')}</p>
      </div>
    );
  }
  if (phase === 'error') {
    return (
      <div className="splash" role="alert">
        <h1 className="empty-title">{t('app.bootFailed')}</h1>
        <p className="empty-body">{error ? errorText(error) : null}</p>
        <button type="button" className="button" onClick={() => void retry()}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  if (firstRun) return <FirstRun />;
  return <Workspace />;
}

function Workspace() {
  const { t } = useTranslation();
  const view = useAppStore((s) => s.shell.view);
  const listWidth = useAppStore((s) => s.shell.listWidth);
  return (
    <div className="app-shell">
      <Sidebar />
      <main className="workspace" aria-label={t('app.mainRegion')}>
        {view === 'inbox' && (
          <div className="split" style={{ gridTemplateColumns: `${listWidth}px auto minmax(0, 1fr)` }}>
            <InboxPane />
            <Resizer />
            <div className="detail-pane">
              <TicketPane />
            </div>
          </div>
        )}
        {view !== 'inbox' && (
          <Suspense fallback={<ViewLoading />}>
            {view === 'compose' && <ComposeView />}
            {view === 'settings' && <SettingsView />}
          </Suspense>
        )}
      </main>
    </div>
  );
}

function ViewLoading() {
  return (
    <div className="empty-state" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
    </div>
  );
}
