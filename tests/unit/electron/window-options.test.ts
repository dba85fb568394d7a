import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  class FakeBrowserWindow {
    constructor(public options: Record<string, unknown>) {}
  }
  return { BrowserWindow: FakeBrowserWindow };
});
vi.mock('electron', () => electron);

const { openBrowserWindow } = await import('../../../src/main/electron/window-options');

describe('window options', () => {
  const win = openBrowserWindow('/app/out/preload/index.cjs', {
    x: 10,
    y: 20,
    width: 1000,
    height: 700,
  }) as unknown as {
    options: { webPreferences: Record<string, unknown> } & Record<string, unknown>;
  };

  it('isolate the renderer: no Node, sandboxed, web security on, no webview', () => {
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(win.options.webPreferences).not.toHaveProperty('experimentalFeatures');
    expect(win.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('use the remembered bounds, hidden until ready', () => {
    expect(win.options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false, minWidth: 880 });
  });
});
