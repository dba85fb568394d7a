import { screen, type BrowserWindow } from 'electron';
import type { Clock, Disposable } from '../core/ports';
import { closeAction } from './lifecycle-policy';
import { captureWindowState, type WindowState, type WindowStateFile } from './window-state';
import { openBrowserWindow } from './window-options';

export interface MainWindowDeps {
  preloadPath: string;
  rendererUrl: string;
  stateFile: WindowStateFile;
  clock: Clock;
  /** webContents ids allowed to call IPC; the window adds itself and leaves on destroy. */
  trustedContentsIds: Set<number>;
  /** Asked on every close: hide to the tray, or really close. */
  closeContext(): { quitting: boolean; closeToTray: boolean; trayAvailable: boolean };
  onFocus(): void;
}

/** All displays' work areas, for validating a remembered position. */
export const workAreas = () => screen.getAllDisplays().map((d) => d.workArea);

/** Creates the main window from its remembered state and keeps that state up to date. */
export function createMainWindow(deps: MainWindowDeps, state: WindowState): BrowserWindow {
  const win = openBrowserWindow(deps.preloadPath, state.bounds);
  const contentsId = win.webContents.id;
  deps.trustedContentsIds.add(contentsId);
  if (state.maximized) win.maximize();

  let pendingSave: Disposable | undefined;
  const saveSoon = () => {
    pendingSave?.dispose();
    pendingSave = deps.clock.setTimeout(() => void deps.stateFile.save(captureWindowState(win)), 500);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('maximize', saveSoon);
  win.on('unmaximize', saveSoon);

  win.on('close', (event) => {
    pendingSave?.dispose();
    void deps.stateFile.save(captureWindowState(win));
    if (closeAction(deps.closeContext()) === 'hide') {
      event.preventDefault();
      win.hide();
    }
  });
  win.on('closed', () => deps.trustedContentsIds.delete(contentsId));
  win.on('focus', deps.onFocus);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(deps.rendererUrl);
  return win;
}

/** Brings the window to the front, restoring it from the tray or the taskbar. */
export function revealWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}
