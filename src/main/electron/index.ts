import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, shell } from 'electron';
import { createCore, type Core } from '../core/core';
import { createSessionOnlyStore } from '../core/credentials/session-only-store';
import { forwardEvents, registerIpc } from './ipc';
import { mainWindowOptions } from './window-options';

/** Composition root of the desktop app: everything is created here and nowhere else. */
let core: Core | undefined;

function rendererUrl(): string {
  return process.env['ELECTRON_RENDERER_URL'] ?? pathToFileURL(path.join(__dirname, '../renderer/index.html')).href;
}

async function main(): Promise<void> {
  await app.whenReady();
  const dataDir = process.env['WORKORDER_DESK_DATA_DIR'] ?? app.getPath('userData');
  core = await createCore({
    dataDir,
    credentials: createSessionOnlyStore(),
    appVersion: app.getVersion(),
    platform: process.platform,
  });
  registerIpc(ipcMain, core, rendererUrl);

  const win = new BrowserWindow(mainWindowOptions(path.join(__dirname, '../preload/index.cjs')));
  forwardEvents(core, () => BrowserWindow.getAllWindows().map((w) => w.webContents));
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  await win.loadURL(rendererUrl());
}

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => void core?.close());
void main();
