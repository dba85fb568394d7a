import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHANNELS, EVENT_NAMES } from '../../shared/ipc';
import { createCore, type Core } from '../core/core';
import type { CredentialStore, DemoServerFactory, Logger } from '../core/ports';
import { silentLogger } from '../core/ports';
import { BRIDGE_SCRIPT_PATH, SOCKET_PATH } from './bridge-protocol';
import { bridgeScript } from './bridge-script';
import { openCredentialStore, type CredentialsChoice } from './credential-choice';
import { createDemoServers } from './demo-server';
import { contentTypeOf, indexWithBridge, resolveRendererFile } from './renderer-files';
import { createToken, isAuthorized } from './request-guard';
import { createSocketBridge } from './socket-bridge';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DEFAULT_RENDERER_DIR = path.join(REPO_ROOT, 'out/renderer');

export interface PreviewOptions {
  /** 0 (the default) picks a free port. The server listens on 127.0.0.1 only. */
  port?: number;
  /** The core's data directory; by default a fresh temporary one, removed on close. */
  dataDir?: string;
  /** 'memory' (default): secrets live in this process only. 'keychain': the OS keychain. */
  credentials?: CredentialsChoice | CredentialStore;
  /** An account to add before the page opens (the flags --endpoint/--access-key-id/--access-key-secret). */
  account?: { name?: string; endpoint: string; accessKeyId: string; accessKeySecret: string };
  /**
   * What "Try demo" starts. Default: an embedded sandbox with demo data; false: no demo mode
   * (the CLI passes false when it is pointed at an endpoint).
   */
  demo?: DemoServerFactory | false;
  /** For the default demo sandbox: seconds until a simulated engineer answers a reply (0 = never). */
  autoReplySeconds?: number;
  /** The built renderer (electron-vite build output). */
  rendererDir?: string;
  logger?: Logger;
}

export interface Preview {
  /** http://127.0.0.1:PORT/?token=… — the only way in. */
  url: string;
  port: number;
  dataDir: string;
  /** The live core, for tests and tools that need to look behind the UI. */
  core: Core;
  close(): Promise<void>;
}

/** Runs the real core behind the built renderer in a browser; see architecture §4 (preview:web). */
export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const logger = options.logger ?? silentLogger;
  const rendererDir = path.resolve(options.rendererDir ?? DEFAULT_RENDERER_DIR);
  await readFile(path.join(rendererDir, 'index.html')).catch(() => {
    throw new Error(`No built renderer in ${rendererDir}; run \`npx electron-vite build\` first.`);
  });

  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'wd-preview-')));
  const credentials =
    typeof options.credentials === 'object'
      ? options.credentials
      : await openCredentialStore(options.credentials ?? 'memory', logger);
  const demoServers =
    options.demo === undefined ? createDemoServers({ autoReplySeconds: options.autoReplySeconds ?? 0 }) : null;
  const demo = options.demo ?? demoServers?.factory;

  const core = await createCore({
    dataDir,
    credentials,
    ...(demo ? { demo } : {}),
    logger,
    appVersion: await appVersion(),
    platform: process.platform,
  });

  try {
    if (options.account) {
      const { name, ...credentialsToAdd } = options.account;
      const added = await core.handle('accounts.add', { name: name ?? 'Preview account', ...credentialsToAdd });
      if (!added.ok) throw new Error(`Could not add the account: ${added.error.message}`);
    }
  } catch (error) {
    await core.close();
    await demoServers?.close();
    if (ownDataDir) await rm(dataDir, { recursive: true, force: true });
    throw error;
  }

  const token = createToken();
  const sockets = createSocketBridge(core, logger);
  let port = 0;

  const server = createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      logger.error('preview request failed', { error: String(error) });
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Internal error');
    });
  });

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (pathname === BRIDGE_SCRIPT_PATH) {
      if (!isAuthorized(request, token, port)) return forbidden(response);
      const socketUrl = `ws://127.0.0.1:${port}${SOCKET_PATH}?token=${encodeURIComponent(token)}`;
      return send(response, 'bridge.js', await bridgeScript({ socketUrl, channels: CHANNELS, events: EVENT_NAMES }));
    }
    const isPage = pathname === '/' || pathname === '/index.html' || path.extname(pathname) === '';
    if (isPage) {
      // Every page load needs the token: the page is what gets the socket address.
      if (!isAuthorized(request, token, port)) return forbidden(response);
      const html = await indexWithBridge(
        rendererDir,
        `${BRIDGE_SCRIPT_PATH}?token=${encodeURIComponent(token)}`,
        `ws://127.0.0.1:${port}`,
      );
      return send(response, 'index.html', html);
    }
    const file = await resolveRendererFile(rendererDir, pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    // Hashed build assets: public, the same bytes the desktop app loads from disk.
    response.writeHead(200, { 'content-type': contentTypeOf(file), 'x-content-type-options': 'nosniff' });
    response.end(request.method === 'HEAD' ? undefined : await readFile(file));
  }

  server.on('upgrade', (request, socket, head) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (pathname !== SOCKET_PATH || !isAuthorized(request, token, port)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    sockets.accept(request, socket, head);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(token)}`,
    port,
    dataDir,
    core,
    close() {
      closing ??= (async () => {
        await sockets.close();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await core.close();
        await demoServers?.close();
        if (ownDataDir) await rm(dataDir, { recursive: true, force: true });
      })();
      return closing;
    },
  };
}

function send(response: ServerResponse, name: string, body: string): void {
  response.writeHead(200, {
    'content-type': contentTypeOf(name),
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

function forbidden(response: ServerResponse): void {
  response
    .writeHead(403, { 'content-type': 'text/plain; charset=utf-8' })
    .end('Forbidden: open the address the preview printed; it carries the access token.\n');
}

async function appVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
