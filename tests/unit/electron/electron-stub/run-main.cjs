/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS harness: it patches Module._load and require()s the CJS main bundle. */
// Loads the built main bundle (argv[2]) under plain Node with a stand-in `electron` module, waits
// until the app has started, exercises the IPC wiring, quits, and prints one line:
// `RESULT {json}`. Used by main-bundle.test.ts; the Electron binary is not needed.
const Module = require('node:module');

const mainFile = process.argv[2];
const handlers = new Map();
const appListeners = new Map();
const windows = [];
const sent = [];
const calls = [];
let nextContentsId = 1;

class Emitter {
  constructor() {
    this.listeners = new Map();
  }
  on(name, fn) {
    if (!this.listeners.has(name)) this.listeners.set(name, []);
    this.listeners.get(name).push(fn);
    return this;
  }
  once(name, fn) {
    return this.on(name, fn);
  }
  off() {
    return this;
  }
}

class WebContents extends Emitter {
  constructor() {
    super();
    this.id = nextContentsId++;
  }
  send(...args) {
    sent.push(args);
  }
  isDestroyed() {
    return false;
  }
  isLoading() {
    return false;
  }
  setWindowOpenHandler(fn) {
    this.windowOpenHandler = fn;
  }
}

class BrowserWindow extends Emitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    windows.push(this);
    for (const fn of appListeners.get('web-contents-created') ?? []) fn({}, this.webContents);
  }
  static getAllWindows() {
    return windows;
  }
  loadURL(url) {
    this.url = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  isVisible() {
    return true;
  }
  isMaximized() {
    return false;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 800 };
  }
  maximize() {}
  show() {}
  hide() {}
  focus() {}
  restore() {}
  setOverlayIcon() {}
}

class Tray extends Emitter {
  setContextMenu() {}
  setToolTip() {}
  setImage() {}
  setTitle() {}
  destroy() {}
}

const app = {
  isPackaged: false,
  requestSingleInstanceLock: () => true,
  setAppUserModelId: (id) => calls.push(['setAppUserModelId', id]),
  setAsDefaultProtocolClient: (scheme) => calls.push(['setAsDefaultProtocolClient', scheme]),
  on(name, fn) {
    if (!appListeners.has(name)) appListeners.set(name, []);
    appListeners.get(name).push(fn);
    return app;
  },
  whenReady: () => Promise.resolve(),
  getPath: () => process.env.WD_TEST_USERDATA,
  getVersion: () => '9.9.9-stub',
  getAppPath: () => process.cwd(),
  setBadgeCount: () => true,
  setLoginItemSettings: () => {},
  quit: () => calls.push(['quit']),
  exit: (code) => {
    calls.push(['exit', code]);
    finish();
  },
};

const electron = {
  app,
  BrowserWindow,
  Tray,
  ipcMain: {
    handle: (channel, fn) => handlers.set(channel, fn),
    removeHandler: (channel) => handlers.delete(channel),
  },
  Menu: { buildFromTemplate: (template) => ({ template }) },
  nativeImage: { createFromPath: (p) => ({ path: p }) },
  Notification: Object.assign(class extends Emitter {}, { isSupported: () => true }),
  powerMonitor: new Emitter(),
  net: { isOnline: () => true },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  shell: { openExternal: async () => {} },
  safeStorage: { isEncryptionAvailable: () => false },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn) => (electron.session.permissionRequest = fn),
      setPermissionCheckHandler: (fn) => (electron.session.permissionCheck = fn),
      webRequest: { onHeadersReceived: () => {} },
    },
  },
};

const originalLoad = Module._load;
Module._load = function load(request, ...rest) {
  if (request === 'electron') return electron;
  return originalLoad.call(this, request, ...rest);
};

let finished = false;
function finish(extra = {}) {
  if (finished) return;
  finished = true;
  process.stdout.write(`RESULT ${JSON.stringify({ calls, ...extra })}\n`);
  process.exit(0);
}

async function waitFor(predicate, what) {
  const deadline = Date.now() + 20_000;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function run() {
  require(mainFile);
  await waitFor(() => windows.length > 0, 'the main window');
  const win = windows[0];
  const trusted = { sender: { id: win.webContents.id }, senderFrame: { url: win.url, parent: null } };
  const foreign = { sender: { id: win.webContents.id }, senderFrame: { url: 'https://evil.example/', parent: null } };
  const appInfo = await handlers.get('app.info')(trusted, {});
  const forbidden = await handlers.get('app.info')(foreign, {});
  const invalid = await handlers.get('tickets.list')(trusted, { limit: 'many' });
  const opened = win.webContents.windowOpenHandler?.({ url: 'https://example.com/' });
  const willNavigate = (win.webContents.listeners.get('will-navigate') ?? []).length;
  const channels = [...handlers.keys()];
  const resumeListeners = (electron.powerMonitor.listeners.get('resume') ?? []).length;
  const focusListeners = (win.listeners.get('focus') ?? []).length;

  // Quit like a user would: before-quit, then will-quit, which closes the core and quits again.
  const quitEvent = { defaultPrevented: false, preventDefault: () => (quitEvent.defaultPrevented = true) };
  for (const fn of appListeners.get('before-quit') ?? []) fn(quitEvent);
  for (const fn of appListeners.get('will-quit') ?? []) fn(quitEvent);
  await waitFor(() => calls.some((c) => c[0] === 'quit'), 'quit after closing the core');

  finish({
    channels,
    channelsAfterQuit: handlers.size,
    resumeListeners,
    focusListeners,
    appListeners: [...appListeners.keys()],
    webPreferences: win.options.webPreferences,
    rendererUrl: win.url,
    appInfo,
    forbidden,
    invalid,
    opened,
    willNavigate,
    sent,
    quitDeferred: quitEvent.defaultPrevented,
    permissionHandlers: Boolean(electron.session.permissionRequest && electron.session.permissionCheck),
  });
}

run().catch((error) => {
  process.stdout.write(`RESULT ${JSON.stringify({ error: String(error && error.stack) })}\n`);
  process.exit(1);
});
