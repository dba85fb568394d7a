import path from 'node:path';
import { app, Menu, nativeImage, Tray, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { Disposable } from '../core/ports';
import {
  trayMenuModel,
  trayTooltip,
  unreadIndicators,
  type TrayAction,
  type TrayMenuEntry,
  type TrayState,
} from './tray-menu';

/** Maps the menu model to Electron's template; each item calls back with its action. */
export function toMenuTemplate(
  entries: readonly TrayMenuEntry[],
  onAction: (action: TrayAction) => void,
): MenuItemConstructorOptions[] {
  return entries.map((entry): MenuItemConstructorOptions => {
    if (entry.type === 'separator') return { type: 'separator' };
    if (entry.type === 'label') return { label: entry.label, enabled: false };
    return { label: entry.label, enabled: entry.enabled, click: () => onAction(entry.action) };
  });
}

export interface TrayController extends Disposable {
  update(state: TrayState): void;
}

/**
 * The tray icon, its menu and the unread indicators (dock badge, Windows taskbar overlay). The menu
 * carries every action, because Linux AppIndicator never reports clicks on the icon.
 */
export function createTrayController(deps: {
  resourcesDir: string;
  platform: NodeJS.Platform;
  window(): BrowserWindow | null;
  onAction(action: TrayAction): void;
}): TrayController {
  const image = (name: string) => nativeImage.createFromPath(path.join(deps.resourcesDir, 'tray', `${name}.png`));
  const first = unreadIndicators(0, deps.platform);
  const tray = new Tray(image(first.trayIcon));
  let icon = first.trayIcon;
  // Windows: a click on the icon opens the app (its menu is on right-click); macOS shows the menu.
  tray.on('click', () => {
    if (deps.platform === 'win32') deps.onAction({ kind: 'open' });
  });

  return {
    update(state) {
      const shown = unreadIndicators(state.unread, deps.platform);
      tray.setContextMenu(Menu.buildFromTemplate(toMenuTemplate(trayMenuModel(state), deps.onAction)));
      tray.setToolTip(trayTooltip(state.unread, state.language));
      if (shown.trayIcon !== icon) {
        icon = shown.trayIcon;
        tray.setImage(image(icon));
      }
      if (shown.trayTitle !== null) tray.setTitle(shown.trayTitle);
      if (shown.badgeCount !== null) app.setBadgeCount(shown.badgeCount);
      const win = deps.window();
      if (deps.platform === 'win32' && win && !win.isDestroyed()) {
        win.setOverlayIcon(
          shown.overlay
            ? nativeImage.createFromPath(path.join(deps.resourcesDir, 'overlay', `${shown.overlay}.png`))
            : null,
          shown.overlay ? trayTooltip(state.unread, state.language) : '',
        );
      }
    },
    dispose: () => tray.destroy(),
  };
}
