import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/main/electron/security-policy';
import { RULES, scanText, scanTree } from './static-security-scan';

const root = path.resolve(__dirname, '../../..');
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');

describe('content security policy in index.html', () => {
  const html = read('src/renderer/index.html');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directives = new Map(
    meta.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('is present and denies by default', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });

  it('allows scripts only from the app itself, never inline or eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(meta).not.toMatch(/unsafe-inline|unsafe-eval|https?:\/\/(?!127\.0\.0\.1)/);
  });

  it('lets the packaged app (file://, meta tag only) connect nowhere but itself', () => {
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('is the header policy minus frame-ancestors, which a meta tag cannot carry', () => {
    const header = contentSecurityPolicy()
      .split('; ')
      .filter((d) => !d.startsWith('frame-ancestors'))
      .join('; ');
    expect(meta).toBe(header);
  });
});

describe('composition root wiring (src/main/electron/index.ts)', () => {
  const index = read('src/main/electron/index.ts');
  it.each([
    ['every webContents is hardened', /on\('web-contents-created',[\s\S]*?hardenWebContents\(/],
    ['the session is hardened', /hardenSession\(session\.defaultSession/],
    ['single instance', /requestSingleInstanceLock\(\)/],
    ['Windows AppUserModelID', /setAppUserModelId\(APP_USER_MODEL_ID\)/],
    ['deep-link protocol', /setAsDefaultProtocolClient\(DEEP_LINK_SCHEME/],
    [
      'IPC sender validation',
      /registerIpc\(ipcMain, appCore, \{ url: \(\) => rendererUrl, contentsIds: trustedContentsIds \}\)/,
    ],
  ])('%s', (_name, pattern) => expect(index).toMatch(pattern));

  it('the AppUserModelID matches the packaged appId', () => {
    const id = /APP_USER_MODEL_ID = '([^']+)'/.exec(index)?.[1];
    expect(read('electron-builder.yml')).toMatch(new RegExp(`^appId: ${id?.replace(/\./g, '\\.')}\\b`, 'm'));
  });
});

describe('packaging (electron-builder.yml)', () => {
  const require = createRequire(import.meta.url);
  const load = async () => {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      getConfig(dir: string, file: string, extra: null): Promise<Record<string, unknown>>;
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    const config = await getConfig(root, 'electron-builder.yml', null);
    return { config, validate: (c: unknown) => validateConfiguration(c, new DebugLogger(false)) };
  };

  it("passes electron-builder's own schema validation", async () => {
    const { config, validate } = await load();
    await expect(validate(config)).resolves.toBeUndefined();
    await expect(validate({ ...config, notAnOption: true })).rejects.toThrow();
  });

  it('sets the Electron fuses', async () => {
    const { config } = await load();
    expect(config['electronFuses']).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('targets NSIS, DMG with hardened runtime, AppImage and deb, and registers the link scheme', async () => {
    const { config } = await load();
    const c = config as Record<string, Record<string, unknown>>;
    expect(JSON.stringify(c['win']?.['target'])).toContain('nsis');
    expect(JSON.stringify(c['mac']?.['target'])).toContain('dmg');
    expect(c['mac']).toMatchObject({ hardenedRuntime: true, entitlements: 'build/entitlements.mac.plist' });
    expect(c['linux']?.['target']).toEqual(['AppImage', 'deb']);
    expect(c['protocols']).toEqual([{ name: 'Workorder Desk ticket link', schemes: ['workorder-desk'] }]);
    expect(config).toMatchObject({ asar: true, npmRebuild: true, asarUnpack: ['**/*.node'] });
  });

  it('packages only the built app, never sources, tests or the preview harness', async () => {
    const { config } = await load();
    // electron-builder normalises `files` to [{ filter: [...] }].
    const [files] = config['files'] as { filter: string[] }[];
    const included = files?.filter.filter((f) => !f.startsWith('!'));
    expect(included).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']);
  });

  it('the macOS entitlements ask for JIT only', () => {
    const plist = read('build/entitlements.mac.plist');
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual(['com.apple.security.cs.allow-jit']);
  });
});

describe('static security scan (Electronegativity-style rules)', () => {
  it('finds nothing in src/', () => {
    expect(scanTree(root, 'src')).toEqual([]);
  });

  it.each([
    ['NODE_INTEGRATION', 'webPreferences: { nodeIntegration: true }'],
    ['CONTEXT_ISOLATION', 'contextIsolation: false,'],
    ['SANDBOX', 'sandbox: false,'],
    ['WEB_SECURITY', 'webSecurity: false'],
    ['INSECURE_CONTENT', 'allowRunningInsecureContent: true'],
    ['EXPERIMENTAL_FEATURES', 'experimentalFeatures: true'],
    ['BLINK_FEATURES', "enableBlinkFeatures: 'CSSVariables'"],
    ['WEBVIEW_TAG', 'webviewTag: true'],
    ['REMOTE_MODULE', "import remote from '@electron/remote'"],
    ['INSECURE_SWITCHES', "app.commandLine.appendSwitch('ignore-certificate-errors')"],
    ['CERTIFICATE_ERROR_OVERRIDE', "app.on('certificate-error', allow)"],
    ['OPEN_EXTERNAL', 'shell.openExternal(url)'],
    ['EXPOSE_IPC_RENDERER', "contextBridge.exposeInMainWorld('ipc', ipcRenderer)"],
    ['DANGEROUS_HTML', 'el.innerHTML = note.content'],
    ['EVAL', 'eval(code)'],
    ['HTTP_LOAD', "win.loadURL('http://example.com')"],
  ])('rule %s fires on a planted example', (rule, line) => {
    expect(scanText('src/planted.ts', line).map((f) => f.rule)).toContain(rule);
  });

  it('covers every rule with a planted example', () => {
    expect(RULES).toHaveLength(16);
  });
});
