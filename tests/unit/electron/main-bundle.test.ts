import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../src/shared/ipc';
import { makeTempDir } from '../../helpers/temp-dir';

const root = path.resolve(__dirname, '../../..');
// Inside the repo so the bundle's external requires (better-sqlite3, pop-core) resolve from node_modules.
const outDir = path.join(root, '.tmp', `main-bundle-test-${process.pid}`);
let userData: ReturnType<typeof makeTempDir>;

interface Result {
  error?: string;
  calls: [string, ...unknown[]][];
  channels: string[];
  channelsAfterQuit: number;
  resumeListeners: number;
  focusListeners: number;
  appListeners: string[];
  webPreferences: Record<string, unknown>;
  rendererUrl: string;
  appInfo: { ok: boolean; value?: { version: string; platform: string; credentialBackend: string } };
  forbidden: { ok: boolean; error?: { code: string } };
  invalid: { ok: boolean; error?: { code: string; message: string } };
  opened: unknown;
  willNavigate: number;
  sent: [string, string, unknown][];
  quitDeferred: boolean;
  permissionHandlers: boolean;
}
let result: Result;

beforeAll(() => {
  // A fresh build of the current sources (out/ may be stale), the same command `npm run build` runs.
  mkdirSync(path.dirname(outDir), { recursive: true });
  execFileSync('npx', ['electron-vite', 'build', '--outDir', outDir, '--logLevel', 'error'], {
    cwd: root,
    stdio: 'pipe',
  });
  userData = makeTempDir('wd-main-bundle-');
  const run = spawnSync(
    process.execPath,
    [
      path.join(__dirname, 'electron-stub/run-main.cjs'),
      path.join(outDir, 'main/index.cjs'),
      'workorder-desk://ticket/T42',
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, WD_TEST_USERDATA: userData.dir }, timeout: 60_000 },
  );
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`no result from the main bundle (rc ${run.status}):\n${run.stdout}\n${run.stderr}`);
  result = JSON.parse(line.slice('RESULT '.length)) as Result;
  if (result.error) throw new Error(result.error);
}, 120_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  userData?.cleanup();
});

describe('built main bundle under Node with a stubbed electron', () => {
  it('registers every contract channel with ipcMain.handle', () => {
    expect([...result.channels].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers through createCore: app.info carries the version Electron reported', () => {
    expect(result.appInfo).toMatchObject({ ok: true, value: { version: '9.9.9-stub', platform: process.platform } });
    expect(['keychain', 'session-only']).toContain(result.appInfo.value?.credentialBackend);
    expect(result.invalid).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('refuses calls from a frame that is not our renderer', () => {
    expect(result.forbidden).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('creates the window hardened and loads the built renderer', () => {
    expect(result.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(result.webPreferences['preload']).toBe(path.join(outDir, 'preload/index.cjs'));
    expect(result.rendererUrl).toBe(`file://${path.join(outDir, 'renderer/index.html')}`);
    expect(result.opened).toEqual({ action: 'deny' });
    expect(result.willNavigate).toBe(1);
    expect(result.permissionHandlers).toBe(true);
  });

  it('registers the lifecycle: single instance, deep links, hardening of every webContents', () => {
    expect(result.appListeners).toEqual(
      expect.arrayContaining(['web-contents-created', 'second-instance', 'open-url', 'before-quit', 'will-quit']),
    );
    expect(result.calls).toContainEqual(['setAsDefaultProtocolClient', 'workorder-desk']);
  });

  it('syncs on resume and on window focus', () => {
    expect(result.resumeListeners).toBe(1);
    expect(result.focusListeners).toBe(1);
  });

  it('a deep link on the command line opens that ticket in the renderer', () => {
    expect(result.sent).toContainEqual(['workorder:event', 'ui.openTicket', { ticketId: 'T42' }]);
  });

  it('closes the core and removes the IPC handlers before quitting', () => {
    expect(result.quitDeferred).toBe(true);
    expect(result.channelsAfterQuit).toBe(0);
    expect(result.calls.filter((c) => c[0] === 'quit')).toHaveLength(1);
  });
});
