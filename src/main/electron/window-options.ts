import { BrowserWindow } from 'electron';
import { MIN_WINDOW_SIZE, type WindowState } from './window-state';

/**
 * Creates the app window. The renderer gets no Node, no Electron, and its own isolated world; only
 * the preload bridges. The options are a literal at the `new BrowserWindow` call on purpose, so
 * static checkers (Electronegativity) can see them.
 */
export function openBrowserWindow(preloadPath: string, bounds: WindowState['bounds']): BrowserWindow {
  return new BrowserWindow({
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Workorder Desk',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise try to open links in a new window (denied anyway).
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: true,
    },
  });
}
