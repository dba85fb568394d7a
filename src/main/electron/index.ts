import path from 'node:path';
import { app, BrowserWindow, ipcMain, net, powerMonitor, safeStorage, session, shell } from 'electron';
import { createCore, type Core } from '../core/core';
import { systemClock, type Disposable } from '../core/ports';
import { consoleLogger as logger } from './app-logger';
import { dataDirFrom, rendererUrlFrom, resourcesDirFrom } from './app-paths';
import { DEEP_LINK_SCHEME, deepLinkFromArgv, parseDeepLink, type DeepLink } from './deep-link';
import { startDemoServer } from './demo-server';
import { openDesktopCredentialStore } from './desktop-credentials';
import { forwardEvents, registerIpc } from './ipc';
import { createNudgeGuard, quitWhenAllWindowsClosed, watchConnectivity } from './lifecycle-policy';
import { createMainWindow, revealWindow, workAreas } from './main-window';
import { createNativeNotifier } from './native-notifications';
import { createNotificationCenter } from './notification-center';
import { openNotifiedLog } from './notified-log';
import { hardenSession, hardenWebContents } from './security';
import { mirrorSettings } from './settings-mirror';
import { createTrayController, type TrayController } from './tray';
import { createTrayFeed } from './tray-feed';
import type { TrayAction } from './tray-menu';
import { createUiInstructions } from './ui-instructions';
import { windowStateFile } from './window-state';

/**
 * Composition root of the desktop app: every piece is created here and wired to Electron; the
 * decisions live in the modules it imports. Must match electron-builder.yml's appId.
 */
export const APP_USER_MODEL_ID = 'com.workorderdesk.app';

const platform = process.platform;
const rendererUrl = rendererUrlFrom({ isPackaged: app.isPackaged, env: process.env, mainDir: __dirname });
const trustedContentsIds = new Set<number>();
const disposables: Disposable[] = [];
let core: Core | undefined;
let mainWindow: BrowserWindow | undefined;
let tray: TrayController | undefined;
let quitting = false;
let handleLink: (link: DeepLink) => void = (link) => (pendingLink = link);
let pendingLink: DeepLink | null = deepLinkFromArgv(process.argv);

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the data directory; it receives our argv through 'second-instance'.
  app.quit();
} else {
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  // In development the OS must start Electron with our entry script for the link to reach us.
  if (process.defaultApp && process.argv[1]) {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [path.resolve(process.argv[1])]);
  } else {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  }
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, { openExternal: (url) => shell.openExternal(url), logger }),
  );
  app.on('second-instance', (_event, argv) => {
    const link = deepLinkFromArgv(argv);
    if (link) handleLink(link);
    else if (mainWindow && !mainWindow.isDestroyed()) revealWindow(mainWindow);
  });
  // macOS delivers links here, possibly before the app is ready.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const link = parseDeepLink(url);
    if (link) handleLink(link);
  });
  app.on('before-quit', () => (quitting = true));
  app.on('window-all-closed', () => {
    if (quitWhenAllWindowsClosed(platform)) app.quit();
  });
  app.on('will-quit', (event) => {
    if (!core) return;
    // Close the core (outbox, database, demo server) before the process ends, then quit again.
    event.preventDefault();
    const closing = core;
    core = undefined;
    for (const d of disposables.reverse()) d.dispose();
    void closing.close().finally(() => app.quit());
  });
  void main().catch((error: unknown) => {
    logger.error('startup failed', { error: error instanceof Error ? error.message : String(error) });
    app.exit(1);
  });
}

async function main(): Promise<void> {
  await app.whenReady();
  const dataDir = dataDirFrom(process.env, app.getPath('userData'));
  const resourcesDir = resourcesDirFrom({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
  });
  hardenSession(session.defaultSession, () => rendererUrl);

  const credentials = await openDesktopCredentialStore({ dataDir, platform, safeStorage, logger });
  const appCore = await createCore({
    dataDir,
    credentials,
    demo: startDemoServer,
    logger,
    appVersion: app.getVersion(),
    platform,
  });
  core = appCore;
  disposables.push(registerIpc(ipcMain, appCore, { url: () => rendererUrl, contentsIds: trustedContentsIds }));
  disposables.push(forwardEvents(appCore, () => BrowserWindow.getAllWindows().map((w) => w.webContents)));

  const settings = await mirrorSettings(appCore, (s) => {
    if (platform !== 'linux') app.setLoginItemSettings({ openAtLogin: s.launchAtLogin });
  });
  disposables.push(settings);
  const nudge = createNudgeGuard((reason) => appCore.nudge(reason), systemClock);

  const stateFile = windowStateFile(path.join(dataDir, 'window-state.json'), logger);
  await stateFile.load(workAreas());
  const ensureWindow = (): BrowserWindow => {
    if (mainWindow && !mainWindow.isDestroyed()) return mainWindow;
    mainWindow = createMainWindow(
      {
        preloadPath: path.join(__dirname, '../preload/index.cjs'),
        rendererUrl,
        stateFile,
        clock: systemClock,
        trustedContentsIds,
        closeContext: () => ({ quitting, closeToTray: settings.current().closeToTray, trayAvailable: !!tray }),
        onFocus: () => nudge('focus'),
      },
      stateFile.latest(workAreas()),
    );
    return mainWindow;
  };
  const ui = createUiInstructions(ensureWindow);
  handleLink = (link) => ui.openTicket(link.ticketId);

  const notifier = createNativeNotifier({
    icon: path.join(resourcesDir, 'icons', '256x256.png'),
    onClick: (ticketId) => (ticketId ? ui.openTicket(ticketId) : ui.open()),
  });
  const notifications = createNotificationCenter({
    log: await openNotifiedLog(path.join(dataDir, 'notified.json'), logger),
    clock: systemClock,
    settings: () => settings.current(),
    supported: notifier.supported,
    show: notifier.show,
    logger,
  });
  disposables.push(
    notifications,
    appCore.events.on('notify', (payload) => notifications.push(payload)),
  );

  const onTrayAction = (action: TrayAction): void => {
    if (action.kind === 'open-ticket') ui.openTicket(action.ticketId);
    else if (action.kind === 'sync-now') void appCore.handle('sync.now', {});
    else if (action.kind === 'new-ticket') ui.compose();
    else if (action.kind === 'open') ui.open();
    else app.quit();
  };
  try {
    tray = createTrayController({ resourcesDir, platform, window: () => mainWindow ?? null, onAction: onTrayAction });
    disposables.push(tray);
    const feed = createTrayFeed({
      core: appCore,
      clock: systemClock,
      platform,
      logger,
      onState: (s) => tray?.update(s),
    });
    disposables.push(feed);
    void feed.refresh();
  } catch (error) {
    // Some Linux desktops have no status area; the app then simply quits when its window closes.
    logger.warn('tray unavailable', { error: error instanceof Error ? error.message : String(error) });
    tray = undefined;
  }

  const onResume = () => nudge('resume');
  powerMonitor.on('resume', onResume);
  disposables.push(
    { dispose: () => powerMonitor.off('resume', onResume) },
    watchConnectivity(
      () => net.isOnline(),
      () => nudge('online'),
      systemClock,
    ),
  );
  app.on('activate', () => ui.open());

  ensureWindow();
  if (pendingLink) ui.openTicket(pendingLink.ticketId);
  pendingLink = null;
}
